package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.Mp3File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Mp3EncoderTest {

    @TempDir
    Path dir;

    private Mp3File encodeAndRead(final Pcm pcm) throws Exception {
        final Path file = dir.resolve("out.mp3");
        Files.write(file, Mp3Encoder.encode(pcm));
        return new Mp3File(file);
    }

    @Test
    void encode_tone_is16kHzMono32kbpsConstantBitrate() throws Exception {
        final Mp3File mp3 = encodeAndRead(TestAudio.tone(3_000, 16_000));
        assertEquals(16_000, mp3.getSampleRate());
        assertEquals("Mono", mp3.getChannelMode());
        assertEquals(32, mp3.getBitrate());
        assertFalse(mp3.isVbr());
        assertEquals(1, mp3.getBitrates().size(), "every frame at one bitrate");
    }

    /**
     * Gapless: the priming frame, the decoder's delay and the padding are gone, so the MP3 plays as long as the PCM
     * rounded up to a whole 36 ms frame, and mp3agic reads that within 50 ms, at every bitrate.
     */
    @ParameterizedTest
    @CsvSource({"24, 1000", "24, 4321", "32, 1000", "32, 4321", "32, 10000", "32, 60000", "40, 1000", "48, 4321",
            "56, 10000", "64, 3000", "64, 60000"})
    void encode_pcmStartingWithSilence_playsAsLongAsThePcm(final int kbps, final long toneMs) throws Exception {
        final Pcm pcm = TestAudio.toneAfterSilence(40, toneMs);
        final byte[] mp3 = Mp3Encoder.encode(pcm, kbps);
        final long pcmMs = pcm.durationMs();
        final long extraMs = Mp3Encoder.playingTimeMs(mp3.length, kbps) - pcmMs;
        assertTrue(extraMs >= 0 && extraMs <= Mp3Encoder.FRAME_MS, "plays " + extraMs + " ms longer than the PCM");
        final long readMs = new Mp3File(Files.write(dir.resolve("out.mp3"), mp3)).getLengthInMilliseconds();
        assertTrue(Math.abs(readMs - pcmMs) <= 50, "mp3agic read " + readMs + " ms for " + pcmMs + " ms of PCM");
    }

    /** What the receivers' decoder plays: the sound starts at the PCM's own position, not 69 ms later. */
    @Test
    void encode_decodedByTheReceiversDecoder_soundStartsWhereThePcmDoes() throws Exception {
        final Pcm pcm = TestAudio.toneAfterSilence(125, 1_000); // the tone starts at sample 2000
        final short[] decoded = Decoded.samples(Mp3Encoder.encode(pcm));
        final int onset = Decoded.onset(decoded, 1_000);
        assertTrue(Math.abs(onset - Decoded.onset(pcm.samples(), 1_000)) <= 16, "onset at sample " + onset);
        assertTrue(decoded.length >= pcm.samples().length && decoded.length - pcm.samples().length < 576,
                decoded.length + " samples decoded from " + pcm.samples().length);
    }

    /** Audio from the very first sample cannot lend the decoder its delay: nothing is cut, it plays 33 ms later. */
    @Test
    void encode_pcmStartingWithSound_nothingCut() throws Exception {
        final Pcm pcm = TestAudio.tone(1_000, 16_000);
        final byte[] mp3 = Mp3Encoder.encode(pcm);
        final short[] decoded = Decoded.samples(mp3);
        // an abrupt start smears a little ahead of itself in MP3 (pre-echo), hence the 8 ms allowance
        assertEquals(Mp3Encoder.DECODER_DELAY, Decoded.onset(decoded, 1_000) - Decoded.onset(pcm.samples(), 1_000),
                128, "the whole tone is delayed by the decoder's delay");
        assertTrue(Decoded.onset(Arrays.copyOfRange(decoded, decoded.length - 1_000, decoded.length), 1_000) >= 0,
                "the tone's end is still there");
        final long extraMs = Mp3Encoder.playingTimeMs(mp3.length, 32) - pcm.durationMs();
        assertTrue(extraMs >= 33 && extraMs <= 33 + Mp3Encoder.FRAME_MS, extraMs + " ms");
    }

    /** No frame borrows bits from an earlier one (main_data_begin is 0), so frames can be dropped and joined. */
    @ParameterizedTest
    @ValueSource(ints = {24, 32, 64})
    void encode_bitReservoirOff_everyFrameStandsAlone(final int kbps) {
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.toneAfterSilence(40, 5_000), kbps);
        final int frameBytes = Mp3Encoder.frameBytes(kbps);
        assertEquals(0, mp3.length % frameBytes);
        for (int at = 0; at < mp3.length; at += frameBytes) {
            assertEquals(0xff, mp3[at] & 0xff, "frame sync at " + at);
            final int sideInfo = at + 4 + ((mp3[at + 1] & 1) == 0 ? 2 : 0); // after the CRC when protected
            assertEquals(0, mp3[sideInfo] & 0xff, "main_data_begin of the frame at byte " + at);
        }
    }

    /**
     * A programme is encoded part by part and joined: it decodes to exactly the programme's length, sounds like it
     * (level envelope in 10 ms steps), and the repeated message is encoded once (the same frames twice).
     */
    @Test
    void encodeProgramme_decodesToTheProgramme_messageEncodedOnce() throws Exception {
        final Pcm message = TestAudio.toneAfterSilence(100, 2_000);
        final PlayoutLayout programme = PlayoutLayout.assemble(message, 3, MasteringSettings.DEFAULT);
        final byte[] mp3 = Mp3Encoder.encode(programme, 32);
        final short[] pcm = programme.pcm().samples();
        final short[] decoded = Decoded.samples(mp3);
        assertEquals(pcm.length, decoded.length, "decoded samples");
        final double similarity = Decoded.correlation(Decoded.envelope(pcm, 160), Decoded.envelope(decoded, 160));
        assertTrue(similarity > 0.98, "envelope correlation " + similarity);
        // parts: chime, message, pause, message, pause, message, chime
        final byte[] messageFrames = Mp3Encoder.encode(new Pcm(programme.parts().get(1), 16_000), 32);
        int thirdPlayAt = 0;
        for (int p = 0; p < 5; p++) {
            thirdPlayAt += programme.parts().get(p).length / Mp3Encoder.FRAME_SAMPLES * Mp3Encoder.frameBytes(32);
        }
        assertArrayEquals(messageFrames, Arrays.copyOfRange(mp3, thirdPlayAt, thirdPlayAt + messageFrames.length),
                "the third play is the first one's frames");
        final long readMs = new Mp3File(Files.write(dir.resolve("programme.mp3"), mp3)).getLengthInMilliseconds();
        assertTrue(Math.abs(readMs - programme.durationMs()) <= Mp3Verifier.DURATION_TOLERANCE_MS, readMs + " ms");
    }

    /**
     * A message with sentence pauses is cut in two and the halves encoded at once: the MP3 is the same bytes as one
     * thread makes, and the receivers' decoder plays exactly the programme's length with the speech where it was.
     */
    @Test
    void encodeProgramme_splitMessageInParallel_sameBytesAndPlaysThrough() throws Exception {
        final short[] tone = TestAudio.tone(800, 16_000).samples();
        final short[] speech = new short[4 * tone.length + 3 * 4_000];
        for (int s = 0; s < 4; s++) {
            System.arraycopy(tone, 0, speech, s * (tone.length + 4_000), tone.length);
        }
        final PlayoutLayout programme = PlayoutLayout.assemble(new Pcm(speech, 16_000), 2, MasteringSettings.DEFAULT);
        assertEquals(2 + 2 * 2 + 1, programme.parts().size(), "chime, two halves, pause, two halves, chime");
        final byte[] parallel = Mp3Encoder.encode(programme, 32);
        final java.io.ByteArrayOutputStream serial = new java.io.ByteArrayOutputStream();
        for (final short[] part : programme.parts()) {
            serial.writeBytes(Mp3Encoder.encode(new Pcm(part, 16_000), 32));
        }
        assertArrayEquals(serial.toByteArray(), parallel, "parallel encoding changes nothing");
        final short[] pcm = programme.pcm().samples();
        final short[] decoded = Decoded.samples(parallel);
        assertEquals(pcm.length, decoded.length);
        final double similarity = Decoded.correlation(Decoded.envelope(pcm, 160), Decoded.envelope(decoded, 160));
        assertTrue(similarity > 0.98, "envelope correlation " + similarity);
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 48, 64})
    void encode_configuredBitrate_readBackByMp3agic(final int kbps) throws Exception {
        final Mp3File read = new Mp3File(Files.write(dir.resolve("out.mp3"),
                Mp3Encoder.encode(TestAudio.tone(3_000, 16_000), kbps)));
        assertEquals(kbps, read.getBitrate());
        assertEquals(1, read.getBitrates().size(), "every frame at one bitrate");
        assertFalse(read.isVbr());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 33, 80})
    void encode_bitrateOutsideTheAllowedSet_throws(final int kbps) {
        assertThrows(IllegalArgumentException.class, () -> Mp3Encoder.encode(TestAudio.tone(100, 16_000), kbps));
    }

    @Test
    void encode_samePcmTwice_sameBytes() {
        final Pcm pcm = TestAudio.tone(1_000, 16_000);
        assertArrayEquals(Mp3Encoder.encode(pcm), Mp3Encoder.encode(pcm));
    }

    @Test
    void encode_pcmNot16kHz_throws() {
        assertThrows(IllegalArgumentException.class, () -> Mp3Encoder.encode(TestAudio.tone(100, 22_050)));
    }
}
