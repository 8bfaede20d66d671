package vn.loa.agent.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.loa.agent.playback.AudioSink;
import vn.loa.agent.playback.PcmFormat;
import vn.loa.agent.playback.PlaybackException;
import vn.loa.agent.playback.RealtimeSink;
import vn.loa.agent.playback.SinkFactory;

/** Real-time sinks that count the PCM bytes written and note when the last write returned. */
public final class CountingSinks implements SinkFactory {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<Instant> lastWrite = new AtomicReference<>();
    private final AtomicReference<Instant> firstWrite = new AtomicReference<>();

    @Override
    public AudioSink open(final PcmFormat format) {
        final RealtimeSink delegate = new RealtimeSink(format);
        return new AudioSink() {
            private volatile boolean aborted;

            @Override
            public void write(final byte[] pcm, final int offset, final int length) throws PlaybackException {
                if (aborted) {
                    return;
                }
                firstWrite.compareAndSet(null, Instant.now());
                bytes.addAndGet(length);
                delegate.write(pcm, offset, length);
                lastWrite.set(Instant.now());
            }

            @Override
            public void drain() throws PlaybackException {
                delegate.drain();
            }

            @Override
            public void abort() {
                aborted = true;
                delegate.abort();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    public long bytes() {
        return bytes.get();
    }

    /** When the first PCM was handed to a sink, measured here (not reported by the agent). */
    public Instant firstWrite() {
        return firstWrite.get();
    }

    public Instant lastWrite() {
        return lastWrite.get();
    }
}
