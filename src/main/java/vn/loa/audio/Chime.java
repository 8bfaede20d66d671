package vn.loa.audio;

/**
 * The attention chime: a two-tone "ding-dong", 880 Hz then 660 Hz, 600 ms each, so listeners turn to the
 * loudspeaker before the message starts and know when it has ended. Generated, not recorded, so there is no sound
 * file to license or lose, and the same on every run.
 */
final class Chime {

    static final int FIRST_HZ = 880;
    static final int SECOND_HZ = 660;
    /** Length of each tone, in milliseconds; the chime lasts twice this. */
    static final int TONE_MS = 600;
    /** Rise at the start of each tone, in milliseconds: short enough to sound struck, long enough not to click. */
    static final int FADE_IN_MS = 15;
    /** Fall at the end of each tone, in milliseconds, so it rings out instead of stopping with a click. */
    static final int FADE_OUT_MS = 250;
    /**
     * Peak amplitude: 3 dB above the message's RMS target, so the steady part of each tone has the RMS of the
     * message ({@link LoudnessNormalizer#TARGET_DBFS}).
     */
    static final double AMPLITUDE = 32_768 * Math.pow(10, (LoudnessNormalizer.TARGET_DBFS + 3) / 20.0);

    private static final short[] AT_16KHZ = generate(Mp3Encoder.SAMPLE_RATE);

    private Chime() {
    }

    /** @param sampleRate hertz */
    static short[] samples(final int sampleRate) {
        return sampleRate == Mp3Encoder.SAMPLE_RATE ? AT_16KHZ.clone() : generate(sampleRate);
    }

    private static short[] generate(final int sampleRate) {
        final int toneSamples = sampleRate * TONE_MS / 1000;
        final short[] out = new short[2 * toneSamples];
        tone(out, 0, toneSamples, FIRST_HZ, sampleRate);
        tone(out, toneSamples, toneSamples, SECOND_HZ, sampleRate);
        return out;
    }

    private static void tone(final short[] out, final int offset, final int length, final int hz,
            final int sampleRate) {
        final int fadeIn = sampleRate * FADE_IN_MS / 1000;
        final int fadeOut = sampleRate * FADE_OUT_MS / 1000;
        for (int i = 0; i < length; i++) {
            final double envelope = Math.min(1, Math.min(raisedCosine(i, fadeIn), raisedCosine(length - 1 - i,
                    fadeOut)));
            out[offset + i] = (short) Math.round(AMPLITUDE * envelope * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
    }

    /** 0 at {@code i == 0} rising smoothly to 1 at {@code i == length}. */
    private static double raisedCosine(final int i, final int length) {
        return i >= length ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * i / length);
    }
}
