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

class PlayoutLayoutTest {

    private static final int RATE = 16_000;
    private static final int GAP = PlayoutLayout.GAP_SAMPLES;
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
        final PlayoutLayout programme = PlayoutLayout.assemble(MESSAGE, repeats, new MasteringSettings(chime, pauseMs, 32));
        final int parts = programme.parts().size();
        // every chime and every play of the message starts with a 36 ms gap; a pause longer than that holds one
        final long gapsMs = (chime ? 2 : 0) * 36L + repeats * 36L - (pauseMs > 36 ? (repeats - 1) * 36L : 0);
        final long minMs = contentMs + gapsMs;
        assertTrue(programme.durationMs() >= minMs - 1 && programme.durationMs() <= minMs + parts * 36L,
                programme.durationMs() + " ms, expected " + minMs + " to " + (minMs + parts * 36L));
        assertEquals(programme.durationMs(), programme.pcm().durationMs());
    }

    @Test
    void assemble_everyPart_wholeFramesStartingWithTheDecodersDelayInSilence() {
        for (final short[] part : PlayoutLayout.assemble(MESSAGE, 3, MasteringSettings.DEFAULT).parts()) {
            assertEquals(0, part.length % Mp3Encoder.FRAME_SAMPLES, "whole frames");
            assertArrayEquals(new short[Mp3Encoder.DECODER_DELAY], Arrays.copyOf(part, Mp3Encoder.DECODER_DELAY));
        }
    }

    @Test
    void assemble_repeats_areOnePartEncodedOnce() {
        final List<short[]> parts = PlayoutLayout.assemble(MESSAGE, 3, MasteringSettings.DEFAULT).parts();
        assertEquals(7, parts.size(), "chime, message, pause, message, pause, message, chime");
        assertSame(parts.get(0), parts.get(6), "the same chime first and last");
        assertSame(parts.get(1), parts.get(3), "the message");
        assertSame(parts.get(1), parts.get(5), "the message");
        assertSame(parts.get(2), parts.get(4), "the pause");
    }

    /** A message with a sentence pause is cut in two inside it, so its halves encode on two cores. */
    @Test
    void halves_messageWithAPause_splitInsideThePauseWithoutLosingSound() {
        final short[] tone = TestAudio.tone(1_000, RATE).samples();
        final short[] message = new short[3 * tone.length + 3_200]; // tone, 200 ms pause, two seconds of tone
        System.arraycopy(tone, 0, message, 0, tone.length);
        System.arraycopy(tone, 0, message, tone.length + 3_200, tone.length);
        System.arraycopy(tone, 0, message, 2 * tone.length + 3_200, tone.length);
        final List<short[]> halves = PlayoutLayout.halves(message);
        assertEquals(2, halves.size());
        final short[] first = halves.get(0);
        final short[] second = halves.get(1);
        assertArrayEquals(tone, Arrays.copyOfRange(first, GAP, GAP + tone.length), "the first sentence whole");
        final int secondSound = Decoded.onset(second, 0) - 1; // the tone's first sample, sin 0, is 0
        assertTrue(secondSound >= Mp3Encoder.DECODER_DELAY, "the second half starts in the pause");
        assertArrayEquals(Arrays.copyOfRange(message, tone.length + 3_200, message.length),
                Arrays.copyOfRange(second, secondSound, secondSound + 2 * tone.length), "the rest whole");
        final int addedSilence = first.length + second.length - GAP - message.length;
        assertTrue(addedSilence >= 0 && addedSilence < 2 * Mp3Encoder.FRAME_SAMPLES, addedSilence + " samples");
    }

    @Test
    void halves_messageWithoutAPause_onePart() {
        assertEquals(1, PlayoutLayout.halves(MESSAGE.samples()).size());
    }

    @Test
    void assemble_chime_atStartAndEndOnly() {
        final PlayoutLayout programme = PlayoutLayout.assemble(MESSAGE, 3, MasteringSettings.DEFAULT);
        final short[] out = programme.pcm().samples();
        final short[] chime = Chime.samples(RATE);
        assertArrayEquals(chime, Arrays.copyOfRange(out, GAP, GAP + CHIME), "chime first");
        final int lastChimeAt = out.length - programme.parts().get(6).length + GAP;
        assertArrayEquals(chime, Arrays.copyOfRange(out, lastChimeAt, lastChimeAt + CHIME), "chime last");
        // between them only message and pauses: no 880 Hz energy anywhere
        final int firstEnd = programme.parts().get(0).length;
        final double inner880 = TestAudio.power(out, firstEnd, lastChimeAt - GAP, Chime.FIRST_HZ, RATE);
        final double head880 = TestAudio.power(out, GAP, GAP + CHIME / 2, Chime.FIRST_HZ, RATE);
        assertEquals(0, inner880 / head880, 0.001);
    }

    @Test
    void assemble_message_repeatedAfterSilentPauses() {
        final PlayoutLayout programme = PlayoutLayout.assemble(MESSAGE, 2, MasteringSettings.DEFAULT);
        final short[] first = programme.parts().get(1);
        final short[] pause = programme.parts().get(2);
        final int message = MESSAGE.samples().length;
        final int pauseSamples = RATE * MasteringSettings.DEFAULT_PAUSE_MS / 1000;
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(first, GAP, GAP + message));
        assertArrayEquals(new short[first.length - GAP - message], Arrays.copyOfRange(first, GAP + message,
                first.length), "the first message ends in silence");
        assertArrayEquals(new short[pause.length], pause, "the pause is silence");
        assertTrue(pause.length + GAP >= pauseSamples && pause.length + GAP < pauseSamples + Mp3Encoder.FRAME_SAMPLES,
                "the pause and the next play's gap make the pause");
        assertSame(first, programme.parts().get(3), "then the message again");
    }

    @Test
    void assemble_chimeDisabled_onlyTheMessage() {
        final PlayoutLayout programme = PlayoutLayout.assemble(MESSAGE, 1, NO_CHIME);
        assertEquals(1, programme.parts().size());
        assertArrayEquals(MESSAGE.samples(), Arrays.copyOfRange(programme.pcm().samples(), GAP, GAP
                + MESSAGE.samples().length));
    }

    @Test
    void assemble_zeroRepeats_throws() {
        assertThrows(IllegalArgumentException.class, () -> PlayoutLayout.assemble(MESSAGE, 0, NO_CHIME));
    }
}
