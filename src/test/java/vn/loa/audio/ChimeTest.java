package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChimeTest {

    private static final int RATE = 16_000;
    private static final int HALF = RATE * Chime.TONE_MS / 1000;

    @Test
    void samples_lasts1200ms() {
        assertEquals(1_200, Chime.samples(RATE).length * 1000 / RATE);
    }

    @Test
    void samples_880HzThen660Hz() {
        final short[] chime = Chime.samples(RATE);
        final double first880 = TestAudio.power(chime, 0, HALF, Chime.FIRST_HZ, RATE);
        final double first660 = TestAudio.power(chime, 0, HALF, Chime.SECOND_HZ, RATE);
        final double second880 = TestAudio.power(chime, HALF, 2 * HALF, Chime.FIRST_HZ, RATE);
        final double second660 = TestAudio.power(chime, HALF, 2 * HALF, Chime.SECOND_HZ, RATE);
        assertTrue(first880 > 100 * first660, first880 + " vs " + first660);
        assertTrue(second660 > 100 * second880, second660 + " vs " + second880);
    }

    @Test
    void samples_fadeInAndOut_noClickAtEitherEnd() {
        final short[] chime = Chime.samples(RATE);
        assertEquals(0, chime[0]);
        assertTrue(Math.abs(chime[chime.length - 1]) < 20, "ends at " + chime[chime.length - 1]);
        assertTrue(Math.abs(chime[HALF - 1]) < 20, "first tone rings out, " + chime[HALF - 1]);
    }

    @Test
    void samples_peak3dBAboveTheMessageTarget() {
        assertEquals(LoudnessNormalizer.TARGET_DBFS + 3, LoudnessNormalizer.peakDbfs(new Pcm(Chime.samples(RATE), RATE)),
                0.1);
    }

    @Test
    void samples_callerMayChangeTheCopy() {
        Chime.samples(RATE)[1001] = 0;
        assertArrayEquals(Chime.samples(RATE), Chime.samples(RATE));
        assertTrue(Chime.samples(RATE)[1001] != 0);
    }
}
