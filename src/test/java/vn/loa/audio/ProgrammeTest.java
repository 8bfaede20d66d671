package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeTest {

    private static final int RATE = 16_000;
    private static final int GAP = Programme.GAP_SAMPLES;
    private static final Pcm MESSAGE = TestAudio.tone(2_000, RATE);
    private static final int CHIME = Chime.samples(RATE).length;
    private static final MasteringSettings NO_CHIME = new MasteringSettings(false, 1_500, 32);

    /**
     * chime + repeats × 2 s + (repeats − 1) × pause + chime, each part after a 36 ms gap and rounded up to a whole
     * 36 ms frame.
     */
    @ParameterizedTest
    @CsvSource({"1, true, 1500, 4400", "2, true, 1500, 7900", "3, true, 1500, 11400", "3, false, 1500, 9000",
            "2, true, 0, 6400", "3, true, 2500, 13400"})
    void assemble_repeats_expectedDuration(final int repeats, final boolean chime, final int pauseMs,
            final long contentMs) {
        final Programme programme = Programme.assemble(MESSAGE, repeats, new MasteringSettings(chime, pauseMs, 32));
        final int parts = programme.parts().size();
        final long gapsMs = pauseMs > 36 ? (chime ? 3 : 1) * 36 : parts * 36L; // a pause of 36 ms or more holds the gap
        final long minMs = contentMs + gapsMs;
        assertTrue(programme.durationMs() >= minMs - 1 && programme.durationMs() <= minMs + parts * 36L,
                programme.durationMs() + " ms, expected " + minMs + " to " + (minMs + parts * 36L));
        assertEquals(programme.durationMs(), programme.pcm().durationMs());
    }

    @Test
    void assemble_everyPart_wholeFramesStartingWithTheDecodersDelayInSilence() {
        for (final short[] part : Programme.assemble(MESSAGE, 3, MasteringSettings.DEFAULT).parts()) {
            assertEquals(0, part.length % Mp3Encoder.FRAME_SAMPLES, "whole frames");
            assertArrayEquals(new short[Mp3Encoder.DECODER_DELAY], Arrays.copyOf(part, Mp3Encoder.DECODER_DELAY));
        }
    }

    @Test
    void assemble_repeats_areOnePartEncodedOnce() {
        final List<short[]> parts = Programme.assemble(MESSAGE, 3, MasteringSettings.DEFAULT).parts();
        assertEquals(5, parts.size());
        assertSame(parts.get(0), parts.get(4), "the same chime first and last");
        assertSame(parts.get(2), parts.get(3), "the second and third repeat");
    }

    @Test
    void assemble_chime_atStartAndEndOnly() {
        final Programme programme = Programme.assemble(MESSAGE, 3, MasteringSettings.DEFAULT);
        final short[] out = programme.pcm().samples();
        final short[] chime = Chime.samples(RATE);
        assertArrayEquals(chime, Arrays.copyOfRange(out, GAP, GAP + CHIME), "chime first");
        final int lastChimeAt = out.length - programme.parts().get(4).length + GAP;
        assertArrayEquals(chime, Arrays.copyOfRange(out, lastChimeAt, lastChimeAt + CHIME), "chime last");
        // between them only message and pauses: no 880 Hz energy anywhere
        final int firstEnd = programme.parts().get(0).length;
        final double inner880 = TestAudio.power(out, firstEnd, lastChimeAt - GAP, Chime.FIRST_HZ, RATE);
        final double head880 = TestAudio.power(out, GAP, GAP + CHIME / 2, Chime.FIRST_HZ, RATE);
        assertEquals(0, inner880 / head880, 0.001);
    }

    @Test
    void assemble_message_repeatedAfterSilentPauses() {
        final Programme programme = Programme.assemble(MESSAGE, 2, MasteringSettings.DEFAULT);
        final short[] first = programme.parts().get(1);
        final short[] second = programme.parts().get(2);
        final int message = MESSAGE.samples().length;
        final int pause = RATE * MasteringSettings.DEFAULT_PAUSE_MS / 1000;
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(first, GAP, GAP + message));
        assertArrayEquals(new short[first.length - GAP - message], Arrays.copyOfRange(first, GAP + message,
                first.length), "the first message ends in silence");
        assertArrayEquals(new short[pause], Arrays.copyOf(second, pause), "the pause");
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(second, pause, pause + message));
    }

    @Test
    void assemble_chimeDisabled_onlyTheMessage() {
        final Programme programme = Programme.assemble(MESSAGE, 1, NO_CHIME);
        assertEquals(1, programme.parts().size());
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(programme.pcm().samples(), GAP, GAP
                + MESSAGE.samples().length));
    }

    @Test
    void assemble_zeroRepeats_throws() {
        assertThrows(IllegalArgumentException.class, () -> Programme.assemble(MESSAGE, 0, NO_CHIME));
    }
}
