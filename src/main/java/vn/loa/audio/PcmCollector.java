package vn.loa.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS audio player that keeps the samples in memory instead of opening a sound card: FreeTTS's default
 * players open a javax.sound line and hang on a headless server. Not thread-safe; each voice owns one.
 */
final class PcmCollector implements AudioPlayer {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private AudioFormat format;

    /** Empties the buffer before the next utterance. */
    void clear() {
        bytes.reset();
    }

    /** The samples written since {@link #clear()}, converted to mono 16-bit signed PCM. */
    Pcm toPcm() {
        if (format == null) {
            return new Pcm(new short[0], 16_000);
        }
        if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16
                || format.getChannels() != 1) {
            throw new IllegalStateException("unexpected speech format " + format);
        }
        final byte[] raw = bytes.toByteArray();
        final short[] samples = new short[raw.length / 2];
        final boolean bigEndian = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            final int hi = bigEndian ? raw[2 * i] : raw[2 * i + 1];
            final int lo = (bigEndian ? raw[2 * i + 1] : raw[2 * i]) & 0xff;
            samples[i] = (short) (hi << 8 | lo);
        }
        return new Pcm(samples, Math.round(format.getSampleRate()));
    }

    @Override
    public void setAudioFormat(final AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(final byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(final byte[] audioData, final int offset, final int size) {
        bytes.write(audioData, offset, size);
        return true;
    }

    // The rest of AudioPlayer drives a real sound card (pausing, draining, timing) and has nothing to do here.

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(final int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return 1.0f;
    }

    @Override
    public void setVolume(final float volume) {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
