package vn.loa.agent.playback;

import java.util.concurrent.locks.LockSupport;
import org.jetbrains.annotations.NotNull;

/**
 * Consumes PCM at the pace a sound card would: the clock starts at the first write; a write returns once no more
 * than {@link #BUFFER_NANOS} of audio is queued ahead of real time, and {@link #drain()} returns when the last
 * sample's time has come. A 5 s clip therefore takes 5 s.
 */
public final class RealtimeSink implements AudioSink {

    /** Simulated device buffer, nanoseconds (100 ms). */
    static final long BUFFER_NANOS = 100_000_000L;

    private final PcmFormat format;
    private long startNanos;
    private long bytesWritten;
    private volatile boolean aborted;
    private volatile Thread writer;

    public RealtimeSink(final @NotNull PcmFormat format) {
        this.format = format;
    }

    @Override
    public void write(final byte @NotNull [] pcm, final int offset, final int length) throws PlaybackException {
        if (aborted) {
            return;
        }
        if (bytesWritten == 0) {
            startNanos = System.nanoTime();
        }
        bytesWritten += length;
        parkUntil(startNanos + format.nanosFor(bytesWritten) - BUFFER_NANOS);
    }

    @Override
    public void drain() throws PlaybackException {
        if (bytesWritten > 0) {
            parkUntil(startNanos + format.nanosFor(bytesWritten));
        }
    }

    @Override
    public void abort() {
        aborted = true;
        final Thread blocked = writer;
        if (blocked != null) {
            LockSupport.unpark(blocked);
        }
    }

    @Override
    public void close() {
        // nothing held
    }

    private void parkUntil(final long deadlineNanos) throws PlaybackException {
        writer = Thread.currentThread();
        try {
            for (long left = deadlineNanos - System.nanoTime(); left > 0 && !aborted;
                    left = deadlineNanos - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.currentThread().isInterrupted()) {
                    throw new PlaybackException("interrupted");
                }
            }
        } finally {
            writer = null;
        }
    }
}
