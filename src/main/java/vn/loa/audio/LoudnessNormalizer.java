package vn.loa.audio;

/**
 * Brings every message to one loudness, so an emergency spoken by espeak-ng is as loud on the loudspeakers as a
 * routine notice spoken by FreeTTS, and neither engine's level depends on how many pauses the text has.
 *
 * <p>The measure is a gated RMS, not ITU-R BS.1770 LUFS: the signal is cut into 20 ms blocks, blocks quieter than
 * {@link SilenceTrimmer#THRESHOLD_DBFS} are left out (pauses between sentences), and the RMS of the remaining samples
 * is taken relative to full scale 32768, so a full-scale square wave is 0 dBFS and a full-scale sine −3 dBFS (the
 * convention of sox and Audacity). One gain is applied to the whole message: no compression, no limiting.
 */
final class LoudnessNormalizer {

    /**
     * Gated RMS every message is brought to, in dBFS. −20, not −16: speech peaks sit 17–18 dB above its average,
     * so under the −1 dBFS ceiling a −16 target is out of reach (measured: FreeTTS ended at −19.4, espeak-ng at
     * −18.4); at −20 both engines land on target and on each other.
     */
    static final double TARGET_DBFS = -20;
    /** Highest sample peak allowed after the gain, in dBFS: headroom for the MP3 encoder's overshoot. */
    static final double CEILING_DBFS = -1;
    /** Block length of the gated measure, in milliseconds. */
    static final int BLOCK_MS = 20;

    private static final double FULL_SCALE = 32_768;

    private LoudnessNormalizer() {
    }

    /**
     * Applies the gain that brings the gated RMS to {@link #TARGET_DBFS}, lowered as far as needed to keep the peak
     * at or below {@link #CEILING_DBFS}; a message with a crest factor above 15 dB therefore ends up quieter than the
     * target rather than clipped. All-silent input is returned as it is.
     */
    static Pcm normalize(final Pcm pcm) {
        final double rms = gatedRms(pcm);
        if (rms == 0) {
            return pcm;
        }
        final short[] in = pcm.samples();
        int peak = 0;
        for (final short s : in) {
            peak = Math.max(peak, Math.abs(s));
        }
        final double gain = Math.min(FULL_SCALE * dbToRatio(TARGET_DBFS) / rms,
                FULL_SCALE * dbToRatio(CEILING_DBFS) / peak);
        final short[] out = new short[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(in[i] * gain)));
        }
        return new Pcm(out, pcm.sampleRate());
    }

    /** Gated RMS in dBFS (see the class comment); negative infinity for all-silent input. */
    static double gatedRmsDbfs(final Pcm pcm) {
        return 20 * Math.log10(gatedRms(pcm) / FULL_SCALE);
    }

    /** Sample peak in dBFS; negative infinity for all-zero input. */
    static double peakDbfs(final Pcm pcm) {
        int peak = 0;
        for (final short s : pcm.samples()) {
            peak = Math.max(peak, Math.abs(s));
        }
        return 20 * Math.log10(peak / FULL_SCALE);
    }

    private static double gatedRms(final Pcm pcm) {
        final short[] samples = pcm.samples();
        final int block = Math.max(1, pcm.sampleRate() * BLOCK_MS / 1000);
        final double gate = Math.pow(FULL_SCALE * dbToRatio(SilenceTrimmer.THRESHOLD_DBFS), 2);
        double sum = 0;
        long counted = 0;
        for (int start = 0; start < samples.length; start += block) {
            final int end = Math.min(samples.length, start + block);
            double blockSum = 0;
            for (int i = start; i < end; i++) {
                blockSum += (double) samples[i] * samples[i];
            }
            if (blockSum / (end - start) >= gate) {
                sum += blockSum;
                counted += end - start;
            }
        }
        return counted == 0 ? 0 : Math.sqrt(sum / counted);
    }

    private static double dbToRatio(final double db) {
        return Math.pow(10, db / 20);
    }
}
