package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SilenceTrimmerTest {

    private static final int RATE = 16_000;
    private static final int MARGIN = RATE * SilenceTrimmer.MARGIN_MS / 1000; // 1600 samples

    /** {@code before} ms of {@code noise}, then 1 s of tone, then {@code after} ms of {@code noise}. */
    private static Pcm padded(final int beforeMs, final int afterMs, final short noise) {
        final short[] tone = TestAudio.tone(1_000, RATE).samples();
        final short[] samples = new short[(beforeMs + afterMs) * RATE / 1000 + tone.length];
        Arrays.fill(samples, noise);
        System.arraycopy(tone, 0, samples, beforeMs * RATE / 1000, tone.length);
        return new Pcm(samples, RATE);
    }

    @Test
    void trim_longSilenceAround_keeps100msEachSide() {
        final Pcm trimmed = SilenceTrimmer.trim(padded(2_000, 3_000, (short) 0));
        // the tone's first sample is 0 and its last few are under the threshold too, so the tone itself loses a
        // sample at each end: within 1 ms of 1 s + 2 × 100 ms
        assertEquals(1_200, trimmed.samples().length * 1000 / RATE, 1);
        final short[] head = Arrays.copyOfRange(trimmed.samples(), 0, MARGIN - 1);
        assertArrayEquals(new short[head.length], head, "the kept margin is the original silence");
        assertEquals(RATE, trimmed.sampleRate());
    }

    @Test
    void trim_noiseBelowMinus50dBFS_countsAsSilence() {
        final Pcm trimmed = SilenceTrimmer.trim(padded(1_000, 1_000, (short) (SilenceTrimmer.THRESHOLD - 1)));
        assertEquals(1_200, trimmed.samples().length * 1000 / RATE, 1);
    }

    @Test
    void trim_noiseAboveThreshold_isKept() {
        final Pcm input = padded(1_000, 1_000, (short) SilenceTrimmer.THRESHOLD);
        assertSame(input, SilenceTrimmer.trim(input));
    }

    @Test
    void trim_silenceShorterThanMargin_keepsAll() {
        final Pcm input = padded(50, 50, (short) 0);
        assertEquals(input.samples().length, SilenceTrimmer.trim(input).samples().length);
    }

    @Test
    void trim_allSilence_returnsInput() {
        final Pcm silence = new Pcm(new short[RATE], RATE);
        assertSame(silence, SilenceTrimmer.trim(silence));
    }

    @Test
    void threshold_isMinus50dBFS() {
        assertEquals(104, SilenceTrimmer.THRESHOLD);
    }
}
