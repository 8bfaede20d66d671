package vn.loa.agent.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.AudioRef;

/**
 * Verified audio files by SHA-256: {@code <dir>/<sha>.mp3}, downloaded through {@code <dir>/<sha>.part}
 * (PROTOCOL.md, "Downloading audio"), kept under a size bound by {@link #trim}. Safe for concurrent use; one download
 * per file at a time.
 */
public final class AudioCache {

    private static final Logger LOG = Logger.getLogger(AudioCache.class.getName());

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final long maxBytes;
    private final URI controllerBase;
    private final Clock clock;
    private final Backoff backoff;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    private AudioCache(final Path dir, final URI controllerBase, final Clock clock, final Backoff backoff,
            final long maxBytes) {
        this.maxBytes = maxBytes;
        this.dir = dir;
        this.controllerBase = controllerBase;
        this.clock = clock;
        this.backoff = backoff;
    }

    public static @NotNull AudioCache open(final @NotNull Path dir, final @NotNull URI controllerBase,
            final @NotNull Clock clock, final @NotNull Backoff backoff) throws IOException {
        return open(dir, controllerBase, clock, backoff, Long.MAX_VALUE);
    }

    /** @param maxBytes the bound {@link #trim} keeps the audio files under, bytes */
    public static @NotNull AudioCache open(final @NotNull Path dir, final @NotNull URI controllerBase,
            final @NotNull Clock clock, final @NotNull Backoff backoff, final long maxBytes) throws IOException {
        Files.createDirectories(dir);
        return new AudioCache(dir, controllerBase, clock, backoff, maxBytes);
    }

    /**
     * Bounds the cache: deletes every audio file ({@code .mp3} or {@code .part}) that no command needs and whose
     * commands have all expired (or are unknown, e.g. after a restart), then, while the audio files together exceed
     * the bound, the oldest (by modification time) of the other files no command needs. A needed file is never
     * deleted, even above the bound. Nothing but audio files is touched.
     *
     * @param needed    whether a command that is not final uses the file of this SHA-256
     * @param expiresAt the latest {@code expiresAt} of the known commands using this SHA-256, null if none known
     * @return the deleted files, in deletion order
     */
    public synchronized @NotNull List<Path> trim(final @NotNull Predicate<String> needed,
            final @NotNull Function<String, Instant> expiresAt) {
        final List<CachedFile> files = audioFiles();
        long total = files.stream().mapToLong(CachedFile::bytes).sum();
        final Instant now = clock.instant();
        final List<Path> deleted = new ArrayList<>();
        final List<CachedFile> spare = new ArrayList<>();
        for (final CachedFile file : files) {
            if (needed.test(file.sha256())) {
                continue;
            }
            final Instant expires = expiresAt.apply(file.sha256());
            if (expires == null || expires.isBefore(now)) {
                if (delete(file, needed)) {
                    deleted.add(file.path());
                    total -= file.bytes();
                }
            } else {
                spare.add(file);
            }
        }
        spare.sort(Comparator.comparing(CachedFile::modified));
        for (final CachedFile file : spare) {
            if (total <= maxBytes) {
                break;
            }
            if (delete(file, needed)) {
                deleted.add(file.path());
                total -= file.bytes();
            }
        }
        final long left = total;
        if (left > maxBytes) {
            LOG.warning(() -> "audio cache holds " + left + " bytes, above its bound " + maxBytes
                    + ": the rest is needed by pending commands");
        }
        if (!deleted.isEmpty()) {
            LOG.info(() -> "audio cache trimmed: deleted " + deleted.size() + " file(s), " + left + " bytes left");
        }
        return deleted;
    }

    /** Deletes under the file's lock, after asking again: a command may have claimed it in the meantime. */
    private boolean delete(final CachedFile file, final Predicate<String> needed) {
        synchronized (locks.computeIfAbsent(file.sha256(), sha -> new Object())) {
            if (needed.test(file.sha256())) {
                return false;
            }
            try {
                return Files.deleteIfExists(file.path());
            } catch (IOException e) {
                LOG.warning(() -> "cannot delete " + file.path() + ": " + e);
                return false;
            }
        }
    }

    private List<CachedFile> audioFiles() {
        final List<CachedFile> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{mp3,part}")) {
            for (final Path path : stream) {
                final String name = path.getFileName().toString();
                final String sha = name.substring(0, name.lastIndexOf('.'));
                if (!SHA256.matcher(sha).matches()) {
                    continue;
                }
                try {
                    files.add(new CachedFile(path, sha, Files.size(path), Files.getLastModifiedTime(path).toInstant()));
                } catch (IOException e) {
                    LOG.fine(() -> "gone while listing: " + path);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "cannot list " + dir + ": " + e);
        }
        return files;
    }

    private record CachedFile(Path path, String sha256, long bytes, Instant modified) {
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
                    failure = "GET " + uri + ": " + describe(e);
                } catch (DownloadException e) {
                    deleteQuietly(part);
                    throw e;
                }
                final Duration left = Duration.between(clock.instant(), giveUpAt);
                // rounded up: a truncated 0 ms would give up while a fraction of a millisecond is still left
                final long leftMs = left.isNegative() ? 0 : (left.toNanos() + 999_999) / 1_000_000;
                if (leftMs <= 0) {
                    final String gaveUp = failure + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s");
                    LOG.warning(() -> "audio download failed for good: " + gaveUp);
                    throw new DownloadException(DownloadException.Kind.GAVE_UP, gaveUp);
                }
                final long waitMs = Math.min(leftMs, backoff.delay(attempt, random).toMillis());
                if (attempt == 1) {
                    // the one line an operator needs: which URL, what went wrong, and which setting decides the URL
                    LOG.warning(() -> "audio download failed: " + failure + "; retrying until " + giveUpAt
                            + (audio.url().startsWith("/") ? " (base URL from LOA_CONTROLLER_URL=" + controllerBase
                                    + ")" : ""));
                } else {
                    final int failed = attempt;
                    LOG.info(() -> "download attempt " + failed + " failed (" + failure + "), retry in " + waitMs
                            + " ms");
                }
                Thread.sleep(waitMs);
            }
        }
    }

    /**
     * What went wrong, for a person: {@code HTTP 404 Not Found} (from {@link RangeDownload}), {@code connection
     * refused}, {@code unknown host loa.example}, or the exception's simple class name and message.
     */
    static @NotNull String describe(final @NotNull IOException e) {
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot connect (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")";
        }
        if (e instanceof java.net.SocketTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        if (e instanceof HttpStatusException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
