package vn.loa.audio;

/**
 * Mono 16-bit signed PCM. The array is shared, not copied: a minute of speech is about a million samples and the
 * pipeline hands it from stage to stage without changing it.
 *
 * @param sampleRate samples per second (hertz)
 */
record Pcm(short[] samples, int sampleRate) {

    Pcm {
        if (samples == null) {
            throw new IllegalArgumentException("samples are required");
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
    }

    /** Duration in milliseconds, rounded down. */
    long durationMs() {
        return samples.length * 1000L / sampleRate;
    }
}
