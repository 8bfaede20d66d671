package vn.loa.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loa.error.UnavailableException;

/**
 * Content-addressed MP3 files: {@code <root>/<first two hex digits>/<sha256>.mp3}, where the name is the SHA-256
 * of the bytes. The same bytes are stored once; a stored file never changes, so it can be cached forever.
 *
 * <p>Writing is two-phase so nothing half-written or unverified is ever visible under its final name:
 * {@link #stage(byte[])} writes and fsyncs a temporary file in the target directory, the caller checks it, and
 * {@link Staged#commit()} renames it atomically.
 */
@ApplicationScoped
public class AudioStore {

    private final Path root;

    /** @param dataDir Loa's data directory; the store is its {@code audio} subdirectory */
    @Inject
    AudioStore(@ConfigProperty(name = "loa.data-dir") final Path dataDir) {
        this.root = dataDir.resolve("audio").toAbsolutePath().normalize();
    }

    /**
     * @param sha256 64 lowercase hex digits; anything else (upper case, path separators, dots) finds nothing
     * @return the stored file, if there is one
     */
    public Optional<Path> find(final String sha256) {
        if (sha256 == null || !StoredAudio.SHA256_HEX.matcher(sha256).matches()) {
            return Optional.empty();
        }
        final Path file = pathOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Writes {@code content} to a temporary file next to its final place and forces it to disk. */
    Staged stage(final byte[] content) {
        final String sha256 = sha256(content);
        final Path target = pathOf(sha256);
        try {
            Files.createDirectories(target.getParent());
            final Path temp = Files.createTempFile(target.getParent(), "." + sha256 + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                final ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return new Staged(sha256, temp, target);
        } catch (IOException e) {
            throw new UnavailableException("audio-store-failed", "cannot write to the audio store", e);
        }
    }

    Path root() {
        return root;
    }

    private Path pathOf(final String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".mp3");
    }

    static String sha256(final byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A written, not yet visible file. Closing it without {@link #commit()} deletes it. */
    final class Staged implements AutoCloseable {

        private final String sha256;
        private final Path temp;
        private final Path target;
        private boolean committed;

        private Staged(final String sha256, final Path temp, final Path target) {
            this.sha256 = sha256;
            this.temp = temp;
            this.target = target;
        }

        String sha256() {
            return sha256;
        }

        /** The temporary file, to check before committing. */
        Path path() {
            return temp;
        }

        /** Makes the file visible under its content address; if it already is, the copy is dropped. */
        Path commit() {
            try {
                if (Files.exists(target)) {
                    Files.delete(temp);
                } else {
                    moveAtomically();
                }
                committed = true;
                return target;
            } catch (IOException e) {
                throw new UnavailableException("audio-store-failed", "cannot commit to the audio store", e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete temporary audio file " + temp, e);
                }
            }
        }

        private void moveAtomically() throws IOException {
            try {
                // A rename within one directory: readers see either no file or the whole file.
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.delete(temp); // a parallel request stored the same bytes first
            }
            // Persist the directory entry too, or a power cut can lose the rename (Linux; a no-op elsewhere).
            try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // Some file systems refuse to open directories; the file itself is already on disk.
            }
        }
    }
}
