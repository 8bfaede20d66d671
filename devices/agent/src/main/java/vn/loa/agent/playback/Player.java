package vn.loa.agent.playback;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Plays MP3 files at a given instant, one at a time: a playback that is due while another plays waits for it
 * (fair lock: in arrival order), then starts at once. The playback in progress can be {@link #stop() stopped}.
 */
public final class Player {

    /**
     * How long before the start instant {@link PlaybackListener#mayStart()} is asked (milliseconds): late enough
     * that a restart just before it still leads to an on-time playback, early enough for an fsync.
     */
    static final Duration ARM_LEAD = Duration.ofMillis(50);

    private final SinkFactory sinks;
    private final Clock clock;
    private final ReentrantLock speaker = new ReentrantLock(true);
    /** The sink of the playback whose audio has started, null when none. */
    private @Nullable AudioSink playing;
    private volatile boolean stopRequested;

    public Player(final @NotNull SinkFactory sinks, final @NotNull Clock clock) {
        this.sinks = sinks;
        this.clock = clock;
    }

    /**
     * Decodes the first frame, takes the speaker, opens the sink, asks the listener {@link #ARM_LEAD} before
     * {@code startAt}, waits precisely until {@code startAt} (not at all if it has passed) and plays the file to its
     * end or until {@link #stop()}.
     *
     * @throws PlaybackException    the file could not be decoded or the sink failed
     * @throws InterruptedException on shutdown
     */
    public @NotNull PlaybackEnd play(final @NotNull Path file, final @NotNull Instant startAt,
            final @NotNull PlaybackListener listener) throws PlaybackException, InterruptedException {
        try (Mp3Source source = Mp3Source.open(file)) {
            final byte[] buffer = new byte[Mp3Source.MAX_FRAME_BYTES];
            int length = source.next(buffer);
            speaker.lockInterruptibly();
            try (AudioSink sink = sinks.open(source.format())) {
                PreciseWait.until(startAt.minus(ARM_LEAD), clock);
                if (!listener.mayStart()) {
                    return new PlaybackEnd(PlaybackEnd.Kind.SKIPPED, clock.instant());
                }
                PreciseWait.until(startAt, clock);
                synchronized (this) {
                    stopRequested = false;
                    playing = sink;
                }
                try {
                    final Instant started = clock.instant();
                    sink.write(buffer, 0, length);
                    listener.started(started);
                    for (length = source.next(buffer); length >= 0 && !stopRequested; length = source.next(buffer)) {
                        sink.write(buffer, 0, length);
                    }
                    if (!stopRequested) {
                        sink.drain();
                    }
                    return new PlaybackEnd(stopRequested ? PlaybackEnd.Kind.STOPPED : PlaybackEnd.Kind.FINISHED,
                            clock.instant());
                } finally {
                    synchronized (this) {
                        playing = null;
                    }
                }
            } finally {
                speaker.unlock();
            }
        }
    }

    /**
     * Silences the playback whose audio has started, if any: its sink stops taking audio within milliseconds and
     * its {@link #play} returns {@link PlaybackEnd.Kind#STOPPED}. A playback still waiting for its start instant
     * is not affected. Any thread.
     *
     * @return true if a playback was in progress
     */
    public boolean stop() {
        final AudioSink sink;
        synchronized (this) {
            if (playing == null) {
                return false;
            }
            stopRequested = true;
            sink = playing;
        }
        sink.abort();
        return true;
    }
}
