package vn.loa.agent.playback;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jetbrains.annotations.NotNull;

/**
 * Plays MP3 files at a given instant. Who may play when is not its business: the caller's
 * {@link PlaybackListener#mayStart()} waits for the play's turn (the receiver's playback queue,
 * {@code vn.loa.agent.queue}). Each play can be {@link Playback#cut() cut} on its own (preemption, a cancel), and
 * {@link #stop()} silences every play whose audio has started (the kill switch).
 */
public final class Player {

    /**
     * How long before the start instant {@link PlaybackListener#mayStart()} is asked (milliseconds): late enough
     * that a restart just before it still leads to an on-time playback, early enough for an fsync.
     */
    public static final Duration ARM_LEAD = Duration.ofMillis(50);

    private final SinkFactory sinks;
    private final Clock clock;
    /**
     * Longest wait for the output of a play being cut to close before a play that breaks in opens its own
     * (milliseconds).
     */
    static final Duration FREE_WAIT = Duration.ofMillis(100);

    /** The plays between their turn and their end. */
    private final Set<Playback> open = ConcurrentHashMap.newKeySet();
    /** Guards {@link #openSinks}: how many sinks are open now (at most one but for a break-in). */
    private final Object outputs = new Object();
    private int openSinks;

    public Player(final @NotNull SinkFactory sinks, final @NotNull Clock clock) {
        this.sinks = sinks;
        this.clock = clock;
    }

    /** {@link #play(Path, Instant, PlaybackListener, Playback)} with a play nobody else cuts but {@link #stop()}. */
    public @NotNull PlaybackEnd play(final @NotNull Path file, final @NotNull Instant startAt,
            final @NotNull PlaybackListener listener) throws PlaybackException, InterruptedException {
        return play(file, startAt, listener, new Playback());
    }

    /**
     * Decodes the first frame, opens the sink (ahead if no other play holds an output, else only once this play's
     * start instant has come and the play it cuts has let go of its output, so that two outputs are never open at
     * once), asks the listener {@link #ARM_LEAD} before {@code startAt} (it may block until the play's turn), waits
     * precisely until {@code startAt} (not at all if it has passed), tells the listener the start instant has come,
     * and plays the file to its end or until {@code playback} is cut.
     *
     * @throws PlaybackException    the file could not be decoded or the sink failed
     * @throws InterruptedException on shutdown
     */
    public @NotNull PlaybackEnd play(final @NotNull Path file, final @NotNull Instant startAt,
            final @NotNull PlaybackListener listener, final @NotNull Playback playback)
            throws PlaybackException, InterruptedException {
        try (Mp3Source source = Mp3Source.open(file)) {
            final byte[] buffer = new byte[Mp3Source.MAX_FRAME_BYTES];
            int length = source.next(buffer);
            AudioSink sink = openIfFree(source.format());
            try {
                PreciseWait.until(startAt.minus(ARM_LEAD), clock);
                if (!listener.mayStart()) {
                    return new PlaybackEnd(PlaybackEnd.Kind.SKIPPED, clock.instant());
                }
                open.add(playback);
                try {
                    PreciseWait.until(startAt, clock);
                    listener.startInstant();
                    if (sink == null) {
                        sink = openWhenFree(source.format());
                    }
                    if (!playback.begin(sink)) {
                        return new PlaybackEnd(PlaybackEnd.Kind.STOPPED, clock.instant());
                    }
                    final Instant started = clock.instant();
                    sink.write(buffer, 0, length);
                    listener.started(started);
                    for (length = source.next(buffer); length >= 0 && !playback.isCut();
                            length = source.next(buffer)) {
                        sink.write(buffer, 0, length);
                    }
                    if (!playback.isCut()) {
                        sink.drain();
                    }
                    return new PlaybackEnd(playback.isCut() ? PlaybackEnd.Kind.STOPPED : PlaybackEnd.Kind.FINISHED,
                            clock.instant());
                } finally {
                    playback.end();
                    open.remove(playback);
                }
            } finally {
                if (sink != null) {
                    close(sink);
                }
            }
        }
    }

    /** Opens a sink if no other play holds one, else null (the caller opens it when its turn comes). */
    private AudioSink openIfFree(final PcmFormat format) throws PlaybackException {
        synchronized (outputs) {
            if (openSinks > 0) {
                return null;
            }
            openSinks++;
        }
        return openCounted(format);
    }

    /**
     * Opens a sink once the other plays' outputs are closed: a cut play closes its own within milliseconds; after
     * {@link #FREE_WAIT} this one opens anyway (an output that allows several lines still plays it).
     */
    private AudioSink openWhenFree(final PcmFormat format) throws PlaybackException, InterruptedException {
        final long deadline = System.nanoTime() + FREE_WAIT.toNanos();
        synchronized (outputs) {
            for (long left = FREE_WAIT.toNanos(); openSinks > 0 && left > 0; left = deadline - System.nanoTime()) {
                outputs.wait(Math.max(1, left / 1_000_000));
            }
            openSinks++;
        }
        return openCounted(format);
    }

    private AudioSink openCounted(final PcmFormat format) throws PlaybackException {
        try {
            return sinks.open(format);
        } catch (PlaybackException | RuntimeException e) {
            synchronized (outputs) {
                openSinks--;
                outputs.notifyAll();
            }
            throw e;
        }
    }

    private void close(final AudioSink sink) {
        try {
            sink.close();
        } finally {
            synchronized (outputs) {
                openSinks--;
                outputs.notifyAll();
            }
        }
    }

    /**
     * Silences every play whose audio has started: its sink stops taking audio within milliseconds and its
     * {@link #play} returns {@link PlaybackEnd.Kind#STOPPED}. A play still waiting for its turn or start instant is
     * not affected. Any thread.
     *
     * @return true if a play was in progress
     */
    public boolean stop() {
        boolean any = false;
        for (final Playback playback : open) {
            any |= playback.cutIfStarted();
        }
        return any;
    }
}
