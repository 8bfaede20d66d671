package vn.loa.audio;

/**
 * Changes the sample rate of speech by linear interpolation. Good enough for a voice going to horn loudspeakers
 * (their band ends near 7 kHz); a speech engine that already speaks at the target rate skips this entirely.
 */
final class Resampler {

    private Resampler() {
    }

    /** @param targetRate samples per second (hertz) */
    static Pcm resample(final Pcm source, final int targetRate) {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("targetRate must be positive, got " + targetRate);
        }
        if (source.sampleRate() == targetRate) {
            return source;
        }
        final short[] in = source.samples();
        final int outLength = (int) (in.length * (long) targetRate / source.sampleRate());
        final short[] out = new short[outLength];
        final double step = (double) source.sampleRate() / targetRate; // input samples per output sample
        for (int i = 0; i < outLength; i++) {
            final double position = i * step;
            final int left = (int) position;
            final int right = Math.min(left + 1, in.length - 1);
            final double fraction = position - left;
            out[i] = (short) Math.round(in[left] + (in[right] - in[left]) * fraction);
        }
        return new Pcm(out, targetRate);
    }
}
