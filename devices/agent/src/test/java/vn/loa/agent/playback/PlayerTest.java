package vn.loa.agent.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.support.TestTone;

class PlayerTest {

    private static final Logger LOG = Logger.getLogger(PlayerTest.class.getName());

    @TempDir
    static Path dir;
    private static Path oneSecond;

    private final Clock clock = Clock.systemUTC();
    private final Player player = new Player(new Sinks(SinkKind.REALTIME), clock);

    @BeforeAll
    static void makeTone() throws Exception {
        oneSecond = Files.write(dir.resolve("tone.mp3"), TestTone.mp3(1000));
    }

    @Test
    void open_generatedTone_reportsMono16k() throws Exception {
        try (Mp3Source source = Mp3Source.open(oneSecond)) {
            assertEquals(new PcmFormat(16_000, 1), source.format());
            long bytes = 0;
            final byte[] buffer = new byte[Mp3Source.MAX_FRAME_BYTES];
            for (int n = source.next(buffer); n >= 0; n = source.next(buffer)) {
                bytes += n;
            }
            final long ms = source.format().nanosFor(bytes) / 1_000_000;
            assertTrue(ms >= 1000 && ms < 1200, "decoded " + ms + " ms");
        }
    }

    @Test
    void play_futureInstant_startsWithinTwoMillisecondsAndLastsTheClip() throws Exception {
        final Instant startAt = clock.instant().plusMillis(700);
        final AtomicReference<Instant> started = new AtomicReference<>();

        final Instant finished = player.play(oneSecond, startAt, listener(started)).orElseThrow();

        final Duration error = Duration.between(startAt, started.get());
        LOG.info("playAt->start error " + error.toNanos() / 1000 + " us");
        assertFalse(error.isNegative(), "started early: " + error);
        assertTrue(error.toMillis() < 2, "started late: " + error);
        final long playedMs = Duration.between(started.get(), finished).toMillis();
        assertTrue(playedMs >= 1000 && playedMs < 1250, "played " + playedMs + " ms");
    }

    @Test
    void play_pastInstant_startsAtOnce() throws Exception {
        final AtomicReference<Instant> started = new AtomicReference<>();
        final Instant before = clock.instant();

        player.play(oneSecond, before.minusSeconds(30), listener(started));

        assertTrue(Duration.between(before, started.get()).toMillis() < 200);
    }

    @Test
    void play_mayStartSaysNo_playsNothing() throws Exception {
        final Optional<Instant> result = player.play(oneSecond, clock.instant(), new PlaybackListener() {
            @Override
            public boolean mayStart() {
                return false;
            }

            @Override
            public void started(final Instant at) {
                throw new AssertionError("must not start");
            }
        });

        assertTrue(result.isEmpty());
    }

    @Test
    void play_twoAtTheSameInstant_neverOverlap() throws Exception {
        final Instant startAt = clock.instant().plusMillis(300);
        final AtomicReference<Instant> firstStart = new AtomicReference<>();
        final AtomicReference<Instant> secondStart = new AtomicReference<>();

        final CompletableFuture<Instant> first = CompletableFuture.supplyAsync(() -> playOrThrow(startAt, firstStart));
        final CompletableFuture<Instant> second = CompletableFuture.supplyAsync(() -> playOrThrow(startAt, secondStart));

        final Instant firstEnd = first.get();
        final Instant secondEnd = second.get();
        final boolean firstWentFirst = firstStart.get().isBefore(secondStart.get());
        final Instant laterStart = firstWentFirst ? secondStart.get() : firstStart.get();
        final Instant earlierEnd = firstWentFirst ? firstEnd : secondEnd;
        assertFalse(laterStart.isBefore(earlierEnd), "overlap: " + laterStart + " < " + earlierEnd);
    }

    @Test
    void play_notAnMp3_throwsPlaybackException() throws Exception {
        final Path junk = Files.write(dir.resolve("junk.mp3"), new byte[4096]);

        assertThrows(PlaybackException.class, () -> player.play(junk, clock.instant(), listener(new AtomicReference<>())));
    }

    private Instant playOrThrow(final Instant startAt, final AtomicReference<Instant> started) {
        try {
            return player.play(oneSecond, startAt, listener(started)).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlaybackListener listener(final AtomicReference<Instant> started) {
        return new PlaybackListener() {
            @Override
            public boolean mayStart() {
                return true;
            }

            @Override
            public void started(final Instant at) {
                started.set(at);
            }
        };
    }
}
