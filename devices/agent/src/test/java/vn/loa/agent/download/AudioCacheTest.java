package vn.loa.agent.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.AudioRef;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.TestTone;

class AudioCacheTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(100));

    @TempDir
    Path dir;
    private AudioServer server;
    private AudioCache cache;
    private byte[] data;
    private AudioRef audio;

    @BeforeEach
    void setUp() throws Exception {
        server = new AudioServer();
        cache = AudioCache.open(dir, server.baseUrl(), Clock.systemUTC(), FAST);
        data = new byte[100_000];
        new Random(7).nextBytes(data);
        final String sha = TestTone.sha256(data);
        audio = new AudioRef(server.put(sha + ".mp3", data), sha, data.length, 1000);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Instant inSeconds(final int seconds) {
        return Instant.now().plusSeconds(seconds);
    }

    @Test
    void fetch_freshFile_downloadsVerifiesAndRenames() throws Exception {
        final Path file = cache.fetch(audio, inSeconds(5));

        assertEquals(dir.resolve(audio.sha256() + ".mp3"), file);
        assertArrayEquals(data, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve(audio.sha256() + ".part")));
    }

    @Test
    void fetch_alreadyCached_makesNoRequest() throws Exception {
        cache.fetch(audio, inSeconds(5));
        final int before = server.requests();

        cache.fetch(audio, inSeconds(5));

        assertEquals(before, server.requests());
    }

    @Test
    void fetch_responseCutShort_resumesWithRange() throws Exception {
        server.cutNextResponseAfter(30_000);

        final Path file = cache.fetch(audio, inSeconds(5));

        assertArrayEquals(data, Files.readAllBytes(file));
        assertEquals(List.of("null", "bytes=30000-"), server.rangeHeaders());
    }

    @Test
    void fetch_partFromEarlierRun_sendsRangeAndAppends() throws Exception {
        Files.write(dir.resolve(audio.sha256() + ".part"), java.util.Arrays.copyOf(data, 12_345));

        final Path file = cache.fetch(audio, inSeconds(5));

        assertArrayEquals(data, Files.readAllBytes(file));
        assertEquals(List.of("bytes=12345-"), server.rangeHeaders());
    }

    @Test
    void fetch_serverIgnoresRange_startsOverFrom200() throws Exception {
        Files.write(dir.resolve(audio.sha256() + ".part"), new byte[5_000]);
        server.ignoreRange(true);

        final Path file = cache.fetch(audio, inSeconds(5));

        assertArrayEquals(data, Files.readAllBytes(file));
    }

    @Test
    void trim_overTheBound_deletesUnneededFilesOldestFirstNeverANeededOne() throws Exception {
        final AudioCache bounded = AudioCache.open(dir, server.baseUrl(), Clock.systemUTC(), FAST, 2500);
        final Instant later = Instant.now().plusSeconds(3600);
        final String oldest = cached('a', 1000, 40);
        final String neededOldest = cached('b', 1000, 30);
        final String middle = cached('c', 1000, 20);
        final String newest = cached('d', 1000, 10);
        Files.writeString(dir.resolve("journal.jsonl"), "x".repeat(5000));

        final List<Path> deleted = bounded.trim(neededOldest::equals, sha -> later);

        assertEquals(List.of(dir.resolve(oldest + ".mp3"), dir.resolve(middle + ".mp3")), deleted);
        assertTrue(Files.exists(dir.resolve(neededOldest + ".mp3")));
        assertTrue(Files.exists(dir.resolve(newest + ".mp3")));
        assertTrue(Files.exists(dir.resolve("journal.jsonl")), "only audio is touched");
    }

    @Test
    void trim_underTheBound_deletesOnlyAudioOfExpiredOrUnknownCommands() throws Exception {
        final AudioCache bounded = AudioCache.open(dir, server.baseUrl(), Clock.systemUTC(), FAST, 1_000_000);
        final String expired = cached('a', 100, 30);
        final String unknown = cached('b', 100, 20);
        final String current = cached('c', 100, 10);
        final String neededExpired = cached('d', 100, 5);
        final var expiries = java.util.Map.of(expired, Instant.now().minusSeconds(1),
                current, Instant.now().plusSeconds(600), neededExpired, Instant.now().minusSeconds(1));

        final List<Path> deleted = bounded.trim(neededExpired::equals, expiries::get);

        assertEquals(java.util.Set.of(dir.resolve(expired + ".mp3"), dir.resolve(unknown + ".mp3")),
                java.util.Set.copyOf(deleted));
        assertTrue(Files.exists(dir.resolve(current + ".mp3")));
        assertTrue(Files.exists(dir.resolve(neededExpired + ".mp3")));
    }

    /** A cached audio file named by a made-up SHA-256 of {@code c} digits, {@code ageMinutes} old. */
    private String cached(final char c, final int bytes, final int ageMinutes) throws Exception {
        final String sha = String.valueOf(c).repeat(64);
        final Path file = dir.resolve(sha + ".mp3");
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                Instant.now().minus(Duration.ofMinutes(ageMinutes))));
        return sha;
    }

    @Test
    void fetch_tamperedFile_throwsContentMismatchAndKeepsNothing() throws Exception {
        final byte[] tampered = data.clone();
        tampered[500] ^= 1;
        server.put(audio.sha256() + ".mp3", tampered);

        final DownloadException e = assertThrows(DownloadException.class, () -> cache.fetch(audio, inSeconds(5)));

        assertEquals(DownloadException.Kind.CONTENT_MISMATCH, e.kind());
        assertTrue(e.getMessage().contains(audio.sha256()), e.getMessage());
        assertFalse(Files.exists(dir.resolve(audio.sha256() + ".part")));
        assertFalse(Files.exists(dir.resolve(audio.sha256() + ".mp3")));
    }

    @Test
    void fetch_serverSendsMoreThanDeclared_throwsContentMismatch() {
        server.put(audio.sha256() + ".mp3", java.util.Arrays.copyOf(data, data.length + 10));

        final DownloadException e = assertThrows(DownloadException.class, () -> cache.fetch(audio, inSeconds(5)));

        assertEquals(DownloadException.Kind.CONTENT_MISMATCH, e.kind());
    }

    @Test
    void fetch_transientErrors_retriesUntilSuccess() throws Exception {
        server.failNext(3, 503);

        final Path file = cache.fetch(audio, inSeconds(5));

        assertArrayEquals(data, Files.readAllBytes(file));
        assertEquals(4, server.requests());
    }

    @Test
    void fetch_unavailableUntilDeadline_givesUpWithLastError() {
        server.failNext(Integer.MAX_VALUE, 503);
        final Instant deadline = Instant.now().plusMillis(500);

        final DownloadException e = assertThrows(DownloadException.class, () -> cache.fetch(audio, deadline));

        assertEquals(DownloadException.Kind.GAVE_UP, e.kind());
        assertTrue(e.getMessage().matches("GET " + server.baseUrl() + audio.url()
                + ": HTTP 503 Service Unavailable after \\d+ attempts"), e.getMessage());
        assertTrue(server.requests() >= 3, "retried: " + server.requests());
        assertFalse(Instant.now().isBefore(deadline));
    }

    @Test
    void fetch_notOnServer_givesUpNamingTheUrlAndTheStatus() throws Exception {
        final AudioRef missing = new AudioRef("/api/audio/" + "0".repeat(64) + ".mp3", "0".repeat(64), 10, 1000);
        final List<String> logged = new CopyOnWriteArrayList<>();
        final Handler handler = capture(logged);

        final DownloadException e;
        try {
            e = assertThrows(DownloadException.class, () -> cache.fetch(missing, Instant.now().plusMillis(300)));
        } finally {
            Logger.getLogger(AudioCache.class.getName()).removeHandler(handler);
        }

        assertEquals(DownloadException.Kind.GAVE_UP, e.kind());
        final String url = server.baseUrl() + missing.url();
        assertTrue(e.getMessage().startsWith("GET " + url + ": HTTP 404 Not Found after "), e.getMessage());
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("WARNING audio download failed: GET " + url
                + ": HTTP 404 Not Found; retrying until ") && line.contains("LOA_CONTROLLER_URL=" + server.baseUrl())),
                logged.toString());
    }

    @Test
    void fetch_nothingListensAtTheControllerUrl_givesUpNamingTheConnectionError() throws Exception {
        final int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        final URI base = URI.create("http://127.0.0.1:" + closed);
        final AudioCache nowhere = AudioCache.open(dir, base, Clock.systemUTC(), FAST);

        final DownloadException e = assertThrows(DownloadException.class,
                () -> nowhere.fetch(audio, Instant.now().plusMillis(300)));

        assertEquals(DownloadException.Kind.GAVE_UP, e.kind());
        assertTrue(e.getMessage().startsWith("GET " + base + audio.url() + ": cannot connect ("), e.getMessage());
    }

    @Test
    void describe_unknownHost_namesTheHost() {
        assertEquals("unknown host loa.invalid", AudioCache.describe(new UnknownHostException("loa.invalid")));
    }

    private static Handler capture(final List<String> into) {
        final Handler handler = new Handler() {
            @Override
            public void publish(final LogRecord record) {
                into.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(AudioCache.class.getName()).addHandler(handler);
        return handler;
    }

    @Test
    void fetch_corruptCachedFile_isReplaced() throws Exception {
        Files.write(dir.resolve(audio.sha256() + ".mp3"), new byte[] {1, 2, 3});

        final Path file = cache.fetch(audio, inSeconds(5));

        assertArrayEquals(data, Files.readAllBytes(file));
    }
}
