package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void resample_sameRate_returnsInputUnchanged() {
        final Pcm pcm = TestAudio.tone(100, 16_000);
        assertSame(pcm, Resampler.resample(pcm, 16_000));
    }

    @Test
    void resample_22050To16000_keepsDurationAndRate() {
        final Pcm out = Resampler.resample(TestAudio.tone(2_000, 22_050), 16_000);
        assertEquals(16_000, out.sampleRate());
        assertEquals(32_000, out.samples().length);
    }

    @Test
    void resample_8000To16000_interpolatesBetweenSamples() {
        final Pcm out = Resampler.resample(new Pcm(new short[] {0, 1000, 2000}, 8_000), 16_000);
        assertEquals(6, out.samples().length);
        assertEquals(500, out.samples()[1]);
        assertTrue(out.samples()[5] <= 2000);
    }
}
