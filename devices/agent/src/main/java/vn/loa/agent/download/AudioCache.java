package vn.loa.agent.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.random.RandomGenerator;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.AudioRef;

/**
 * Verified audio files by SHA-256: {@code <dir>/<sha>.mp3}, downloaded through {@code <dir>/<sha>.part}
 * (PROTOCOL.md, "Downloading audio"). Safe for concurrent use; one download per file at a time.
 */
public final class AudioCache {

    private static final Logger LOG = Logger.getLogger(AudioCache.class.getName());

    private final Path dir;
    private final URI controllerBase;
    private final Clock clock;
    private final Backoff backoff;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    private AudioCache(final Path dir, final URI controllerBase, final Clock clock, final Backoff backoff) {
        this.dir = dir;
        this.controllerBase = controllerBase;
        this.clock = clock;
        this.backoff = backoff;
    }

    public static @NotNull AudioCache open(final @NotNull Path dir, final @NotNull URI controllerBase,
            final @NotNull Clock clock, final @NotNull Backoff backoff) throws IOException {
        Files.createDirectories(dir);
        return new AudioCache(dir, controllerBase, clock, backoff);
    }

    /**
     * Returns the verified file, downloading it first unless already cached. Retries failed attempts with
     * {@link Backoff} until {@code giveUpAt}; at least one attempt is always made.
     *
     * @throws DownloadException    {@code GAVE_UP} after the deadline, {@code CONTENT_MISMATCH} for a wrong file
     *                              (deleted, never retried)
     * @throws InterruptedException on shutdown
     */
    public @NotNull Path fetch(final @NotNull AudioRef audio, final @NotNull Instant giveUpAt)
            throws DownloadException, InterruptedException {
        synchronized (locks.computeIfAbsent(audio.sha256(), sha -> new Object())) {
            final Path done = dir.resolve(audio.sha256() + ".mp3");
            if (isVerified(done, audio)) {
                LOG.fine(() -> "sha256=" + audio.sha256() + " already cached");
                return done;
            }
            final Path part = dir.resolve(audio.sha256() + ".part");
            final URI uri = audio.resolve(controllerBase);
            for (int attempt = 1; ; attempt++) {
                final String failure;
                try {
                    RangeDownload.resume(uri, part, audio.bytes());
                    verify(part, audio);
                    moveAtomically(part, done);
                    return done;
                } catch (IOException e) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                } catch (DownloadException e) {
                    deleteQuietly(part);
                    throw e;
                }
                final long leftMs = Duration.between(clock.instant(), giveUpAt).toMillis();
                if (leftMs <= 0) {
                    throw new DownloadException(DownloadException.Kind.GAVE_UP,
                            failure + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s"));
                }
                final long waitMs = Math.min(leftMs, backoff.delay(attempt, random).toMillis());
                final int failed = attempt;
                LOG.info(() -> "download attempt " + failed + " of " + uri + " failed (" + failure
                        + "), retry in " + waitMs + " ms");
                Thread.sleep(waitMs);
            }
        }
    }

    private static boolean isVerified(final Path file, final AudioRef audio) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            verify(file, audio);
            return true;
        } catch (IOException | DownloadException e) {
            LOG.warning(() -> "cached " + file + " is bad and is deleted: " + e.getMessage());
            deleteQuietly(file);
            return false;
        }
    }

    private static void verify(final Path file, final AudioRef audio) throws IOException, DownloadException {
        final String actual = Sha256.of(file);
        if (!actual.equals(audio.sha256())) {
            throw new DownloadException(DownloadException.Kind.CONTENT_MISMATCH,
                    "audio has sha256 " + actual + ", the command says " + audio.sha256());
        }
    }

    private static void moveAtomically(final Path from, final Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(final Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete " + file + ": " + e);
        }
    }
}
