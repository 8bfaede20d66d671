package vn.loa.agent.playback;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.jetbrains.annotations.NotNull;

/** The default javax.sound output line. */
final class SoundcardSink implements AudioSink {

    private final SourceDataLine line;
    private volatile boolean aborted;

    private SoundcardSink(final SourceDataLine line) {
        this.line = line;
    }

    /** @throws PlaybackException if no line can be opened for the format (no sound card, headless box) */
    static @NotNull SoundcardSink open(final @NotNull PcmFormat format) throws PlaybackException {
        final AudioFormat audioFormat = new AudioFormat(format.sampleRate(), 16, format.channels(), true, false);
        try {
            final SourceDataLine line = AudioSystem.getSourceDataLine(audioFormat);
            line.open(audioFormat);
            line.start();
            return new SoundcardSink(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new PlaybackException("no sound card line for " + format + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(final byte @NotNull [] pcm, final int offset, final int length) {
        int done = 0;
        while (done < length && !aborted) {
            done += line.write(pcm, offset + done, length - done);
        }
    }

    @Override
    public void drain() {
        if (!aborted) {
            line.drain();
        }
    }

    /** A stopped and flushed line makes a blocked {@code write} return (javax.sound contract). */
    @Override
    public void abort() {
        aborted = true;
        line.stop();
        line.flush();
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
