package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeTest {

    private static final int RATE = 16_000;
    private static final Pcm MESSAGE = TestAudio.tone(2_000, RATE);
    private static final int CHIME = Chime.samples(RATE).length;
    private static final MasteringSettings NO_CHIME = new MasteringSettings(false, 1_500, 32);

    /** chime + repeats × 2 s + (repeats − 1) × pause + chime. */
    @ParameterizedTest
    @CsvSource({"1, true, 1500, 4400", "2, true, 1500, 7900", "3, true, 1500, 11400", "3, false, 1500, 9000",
            "2, true, 0, 6400", "3, true, 2500, 13400"})
    void assemble_repeats_expectedDuration(final int repeats, final boolean chime, final int pauseMs,
            final long expectedMs) {
        final Pcm programme = Programme.assemble(MESSAGE, repeats, new MasteringSettings(chime, pauseMs, 32));
        assertEquals(expectedMs, programme.durationMs(), 2);
    }

    @Test
    void assemble_chime_atStartAndEndOnly() {
        final short[] out = Programme.assemble(MESSAGE, 3, MasteringSettings.DEFAULT).samples();
        final short[] chime = Chime.samples(RATE);
        assertArrayEquals(chime, Arrays.copyOfRange(out, 0, CHIME), "chime first");
        assertArrayEquals(chime, Arrays.copyOfRange(out, out.length - CHIME, out.length), "chime last");
        // between them only message and pauses: no 880 Hz energy anywhere
        final double inner880 = TestAudio.power(out, CHIME, out.length - CHIME, Chime.FIRST_HZ, RATE);
        final double head880 = TestAudio.power(out, 0, CHIME / 2, Chime.FIRST_HZ, RATE);
        assertEquals(0, inner880 / head880, 0.001);
    }

    @Test
    void assemble_message_repeatedWithSilentPauses() {
        final short[] out = Programme.assemble(MESSAGE, 2, MasteringSettings.DEFAULT).samples();
        final int message = MESSAGE.samples().length;
        final int pause = RATE * MasteringSettings.DEFAULT_PAUSE_MS / 1000;
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(out, CHIME, CHIME + message));
        assertArrayEquals(new short[pause], Arrays.copyOfRange(out, CHIME + message, CHIME + message + pause));
        assertArrayEquals(MESSAGE.samples(),
                Arrays.copyOfRange(out, CHIME + message + pause, CHIME + 2 * message + pause));
    }

    @Test
    void assemble_chimeDisabled_startsWithMessage() {
        final short[] out = Programme.assemble(MESSAGE, 1, NO_CHIME).samples();
        assertArrayEquals(MESSAGE.samples(), out);
    }

    @Test
    void assemble_zeroRepeats_throws() {
        assertThrows(IllegalArgumentException.class, () -> Programme.assemble(MESSAGE, 0, NO_CHIME));
    }
}
