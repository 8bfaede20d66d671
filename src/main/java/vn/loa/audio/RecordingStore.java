package vn.loa.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loa.error.UnavailableException;

/**
 * The uploaded originals of recorded announcements: {@code <data-dir>/recordings/<first two hex digits>/<sha256>.wav}
 * (or {@code .mp3}), named by the SHA-256 of the bytes, never by the client's file name. Kept apart from
 * {@link AudioStore}, whose files are public downloads: an original is heard only by logged-in users, through
 * {@code GET /api/bulletins/{id}/recording}. Only validated uploads are written here.
 */
@ApplicationScoped
public class RecordingStore {

    private final Path root;

    @Inject
    RecordingStore(@ConfigProperty(name = "loa.data-dir") final Path dataDir) {
        this.root = dataDir.resolve("recordings").toAbsolutePath().normalize();
    }

    /** The stored original, if there is one; a malformed address finds nothing. */
    public Optional<Path> find(final String sha256, final RecordingFormat format) {
        if (sha256 == null || format == null || !StoredAudio.SHA256_HEX.matcher(sha256).matches()) {
            return Optional.empty();
        }
        final Path file = pathOf(sha256, format);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Writes the bytes under their content address (once: the same bytes twice are stored once), atomically. */
    void put(final String sha256, final RecordingFormat format, final byte[] content) {
        final Path target = pathOf(sha256, format);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            final Path temp = Files.createTempFile(target.getParent(), "." + sha256 + ".", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    final ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // the same upload stored by someone else a moment ago: same bytes, nothing to do
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UnavailableException("recording-store-failed", "cannot write to the recording store", e);
        }
    }

    byte[] read(final String sha256, final RecordingFormat format) {
        final Path file = find(sha256, format).orElseThrow(() -> new UnavailableException("recording-missing",
                "the recording " + sha256 + "." + format.wire() + " is not in the store", null));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnavailableException("recording-store-failed", "cannot read the recording store", e);
        }
    }

    Path root() {
        return root;
    }

    private Path pathOf(final String sha256, final RecordingFormat format) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + "." + format.wire());
    }
}
