package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.Mp3File;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * The exact playing time (whole frames) is the PCM's plus LAME's fixed delay and padding, 72 to 108 ms; mp3agic's
     * reading of it is within 50 ms of the PCM duration plus {@link Mp3Verifier#MP3AGIC_OVERHEAD_MS}.
     */
    @ParameterizedTest
    @ValueSource(longs = {1_000, 4_321, 10_000, 60_000})
    void encode_anyLength_durationMatchesPcmWithin50msAfterCodecOverhead(final long pcmMs) throws Exception {
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(pcmMs, 16_000));
        final long overheadMs = Mp3Encoder.playingTimeMs(mp3.length, 32) - pcmMs;
        assertTrue(overheadMs >= Mp3Encoder.MIN_CODEC_OVERHEAD_MS && overheadMs <= Mp3Encoder.MAX_CODEC_OVERHEAD_MS,
                "codec overhead " + overheadMs + " ms");
        final Path file = Files.write(dir.resolve("out.mp3"), mp3);
        final long readMs = new Mp3File(file).getLengthInMilliseconds();
        assertTrue(Math.abs(readMs - pcmMs - Mp3Verifier.MP3AGIC_OVERHEAD_MS) <= 50, "mp3agic read " + readMs + " ms");
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

    /** The overhead from 40 kbit/s up is one 36 ms frame more; mp3agic reads it within the verifier's tolerance. */
    @ParameterizedTest
    @CsvSource({"24, 1000", "24, 4321", "32, 60000", "40, 1000", "48, 4321", "56, 10000", "64, 3000", "64, 60000"})
    void encode_anyBitrateAndLength_durationMatchesPcmAfterCodecOverhead(final int kbps, final long pcmMs)
            throws Exception {
        final byte[] mp3 = Mp3Encoder.encode(TestAudio.tone(pcmMs, 16_000), kbps);
        final long extraMs = Mp3Encoder.extraOverheadMs(kbps);
        final long overheadMs = Mp3Encoder.playingTimeMs(mp3.length, kbps) - pcmMs;
        assertTrue(overheadMs >= Mp3Encoder.MIN_CODEC_OVERHEAD_MS + extraMs
                && overheadMs <= Mp3Encoder.MAX_CODEC_OVERHEAD_MS + extraMs, "codec overhead " + overheadMs + " ms");
        final long readMs = new Mp3File(Files.write(dir.resolve("out.mp3"), mp3)).getLengthInMilliseconds();
        assertTrue(Math.abs(readMs - pcmMs - Mp3Verifier.MP3AGIC_OVERHEAD_MS - extraMs)
                <= Mp3Verifier.DURATION_TOLERANCE_MS, "mp3agic read " + readMs + " ms");
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
