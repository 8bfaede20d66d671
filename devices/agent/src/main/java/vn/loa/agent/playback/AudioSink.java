package vn.loa.agent.playback;

import org.jetbrains.annotations.NotNull;

/** Where PCM goes. {@link #write} blocks, like a sound card, once the sink's buffer is full. */
public interface AudioSink extends AutoCloseable {

    void write(byte @NotNull [] pcm, int offset, int length) throws PlaybackException;

    /** Blocks until everything written has been played. */
    void drain() throws PlaybackException;

    /**
     * Silences the sink at once, from any thread: a blocked {@link #write} returns within milliseconds, and later
     * writes and {@link #drain()} return at once without sound.
     */
    void abort();

    @Override
    void close();
}
