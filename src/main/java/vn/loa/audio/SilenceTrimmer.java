package vn.loa.audio;

import java.util.Arrays;

/**
 * Cuts the silence speech engines put before and after an utterance, so the chime, the repeats and the pauses
 * between them are as long as configured and not longer by whatever each engine adds.
 */
final class SilenceTrimmer {

    /** Quieter than this is silence: −50 dBFS, sample peak relative to full scale (32768). */
    static final double THRESHOLD_DBFS = -50;
    /** Smallest sample magnitude that counts as sound: 32768 × 10^(−50/20) ≈ 103.6, rounded up. */
    static final int THRESHOLD = (int) Math.ceil(32_768 * Math.pow(10, THRESHOLD_DBFS / 20));
    /** Silence kept before the first and after the last sound, in milliseconds, so soft onsets are not clipped. */
    static final int MARGIN_MS = 100;

    private SilenceTrimmer() {
    }

    /**
     * @return the samples from {@link #MARGIN_MS} before the first to {@link #MARGIN_MS} after the last sample at or
     *         above {@link #THRESHOLD} (less where the input has less); the input itself when it is all silence
     */
    static Pcm trim(final Pcm pcm) {
        final short[] samples = pcm.samples();
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < THRESHOLD) {
            first++;
        }
        if (first == samples.length) {
            return pcm;
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < THRESHOLD) {
            last--;
        }
        final int margin = pcm.sampleRate() * MARGIN_MS / 1000;
        final int from = Math.max(0, first - margin);
        final int to = Math.min(samples.length, last + 1 + margin);
        if (from == 0 && to == samples.length) {
            return pcm;
        }
        return new Pcm(Arrays.copyOfRange(samples, from, to), pcm.sampleRate());
    }
}
