package vn.loa.agent.playback;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jetbrains.annotations.NotNull;

/**
 * Plays MP3 files at a given instant, one at a time: a playback that is due while another plays waits for it
 * (fair lock: in arrival order), then starts at once.
 */
public final class Player {

    /**
     * How long before the start instant {@link PlaybackListener#mayStart()} is asked (milliseconds): late enough
     * that a restart just before it still leads to an on-time playback, early enough for an fsync.
     */
    static final Duration ARM_LEAD = Duration.ofMillis(50);

    private final Sinks sinks;
    private final Clock clock;
    private final ReentrantLock speaker = new ReentrantLock(true);

    public Player(final @NotNull Sinks sinks, final @NotNull Clock clock) {
        this.sinks = sinks;
        this.clock = clock;
    }

    /**
     * Decodes the first frame, takes the speaker, opens the sink, asks the listener {@link #ARM_LEAD} before
     * {@code startAt}, waits precisely until {@code startAt} (not at all if it has passed) and plays the file to its
     * end.
     *
     * @return the instant playback finished, or empty if {@link PlaybackListener#mayStart()} said no
     * @throws PlaybackException    the file could not be decoded or the sink failed
     * @throws InterruptedException on shutdown
     */
    public @NotNull Optional<Instant> play(final @NotNull Path file, final @NotNull Instant startAt,
            final @NotNull PlaybackListener listener) throws PlaybackException, InterruptedException {
        try (Mp3Source source = Mp3Source.open(file)) {
            final byte[] buffer = new byte[Mp3Source.MAX_FRAME_BYTES];
            int length = source.next(buffer);
            speaker.lockInterruptibly();
            try (AudioSink sink = sinks.open(source.format())) {
                PreciseWait.until(startAt.minus(ARM_LEAD), clock);
                if (!listener.mayStart()) {
                    return Optional.empty();
                }
                PreciseWait.until(startAt, clock);
                final Instant started = clock.instant();
                sink.write(buffer, 0, length);
                listener.started(started);
                for (length = source.next(buffer); length >= 0; length = source.next(buffer)) {
                    sink.write(buffer, 0, length);
                }
                sink.drain();
                return Optional.of(clock.instant());
            } finally {
                speaker.unlock();
            }
        }
    }
}
