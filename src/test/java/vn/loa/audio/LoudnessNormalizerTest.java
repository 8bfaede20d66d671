package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoudnessNormalizerTest {

    private static final int RATE = 16_000;

    /** Peak amplitude of a sine whose RMS is {@code rmsDbfs}. */
    private static double sinePeak(final double rmsDbfs) {
        return 32_768 * Math.pow(10, rmsDbfs / 20) * Math.sqrt(2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-40, -30, -6})
    void normalize_quietOrLoudTone_endsWithin1dBOfTarget(final double inputDbfs) {
        final Pcm input = TestAudio.tone(2_000, RATE, sinePeak(inputDbfs));
        assertEquals(inputDbfs, LoudnessNormalizer.gatedRmsDbfs(input), 0.1, "the fixture's own level");
        final Pcm output = LoudnessNormalizer.normalize(input);
        assertEquals(LoudnessNormalizer.TARGET_DBFS, LoudnessNormalizer.gatedRmsDbfs(output), 1.0);
    }

    @Test
    void normalize_pausesBetweenSounds_doNotLowerTheLevel() {
        final short[] tone = TestAudio.tone(1_000, RATE, sinePeak(-30)).samples();
        final short[] withPause = new short[3 * tone.length];
        System.arraycopy(tone, 0, withPause, 0, tone.length);
        System.arraycopy(tone, 0, withPause, 2 * tone.length, tone.length);
        final Pcm output = LoudnessNormalizer.normalize(new Pcm(withPause, RATE));
        assertEquals(LoudnessNormalizer.TARGET_DBFS, LoudnessNormalizer.gatedRmsDbfs(output), 1.0);
    }

    @Test
    void normalize_highCrestFactor_peakLimitedToCeiling() {
        // a quiet tone with one full-scale click: reaching −16 dBFS RMS would push the click far past full scale
        final short[] samples = TestAudio.tone(2_000, RATE, sinePeak(-40)).samples();
        samples[RATE] = 20_000;
        final Pcm output = LoudnessNormalizer.normalize(new Pcm(samples, RATE));
        final double peak = LoudnessNormalizer.peakDbfs(output);
        assertTrue(peak <= LoudnessNormalizer.CEILING_DBFS + 0.01 && peak > LoudnessNormalizer.CEILING_DBFS - 0.1,
                "peak " + peak + " dBFS");
        assertTrue(LoudnessNormalizer.gatedRmsDbfs(output) < LoudnessNormalizer.TARGET_DBFS - 1,
                "quieter than the target rather than clipped");
    }

    @Test
    void normalize_sameInputTwice_sameSamples() {
        final Pcm input = TestAudio.tone(500, RATE, 3_000);
        assertArrayEquals(LoudnessNormalizer.normalize(input).samples(),
                LoudnessNormalizer.normalize(input).samples());
    }

    @Test
    void normalize_allSilence_returnsInput() {
        final Pcm silence = new Pcm(new short[RATE], RATE);
        assertSame(silence, LoudnessNormalizer.normalize(silence));
    }
}
