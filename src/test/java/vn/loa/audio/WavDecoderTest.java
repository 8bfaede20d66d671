package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WavDecoderTest {

    private static final long MAX_MS = 600_000;

    private static String refusal(final byte[] wav) {
        return assertThrows(RecordingException.class, () -> WavDecoder.decode(wav, MAX_MS)).code();
    }

    @Test
    void decode_mono16bit_keepsSamplesAndRate() {
        final byte[] data = {0x10, 0x00, (byte) 0xf0, (byte) 0xff};
        final Pcm pcm = WavDecoder.decode(RecordingFixtures.wavFile(1, 22_050, 16, data), MAX_MS);
        assertEquals(22_050, pcm.sampleRate());
        assertEquals(16, pcm.samples()[0]);
        assertEquals(-16, pcm.samples()[1]);
    }

    @Test
    void decode_stereo_mixesDownToMono() {
        final ByteBuffer data = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 1000)
                .putShort((short) 3000);
        final Pcm pcm = WavDecoder.decode(RecordingFixtures.wavFile(2, 44_100, 16, data.array()), MAX_MS);
        assertEquals(1, pcm.samples().length);
        assertEquals(2000, pcm.samples()[0]);
    }

    @Test
    void decode_8bitUnsigned_centredOnZero() {
        final Pcm pcm = WavDecoder.decode(RecordingFixtures.wavFile(1, 8_000, 8, new byte[] {(byte) 128, (byte) 255,
                0, 0}), MAX_MS);
        assertEquals(0, pcm.samples()[0]);
        assertEquals(127 << 8, pcm.samples()[1]);
        assertEquals(-32768, pcm.samples()[2]);
    }

    @Test
    void decode_24bit_keepsTheTop16Bits() {
        final byte[] data = {0x00, 0x34, 0x12, 0x00, 0x00, (byte) 0x80};
        final Pcm pcm = WavDecoder.decode(RecordingFixtures.wavFile(1, 48_000, 24, data), MAX_MS);
        assertEquals(0x1234, pcm.samples()[0]);
        assertEquals(-32768, pcm.samples()[1]);
    }

    @Test
    void decode_oddSizedChunkBeforeData_isSkippedWithItsPadByte() {
        final byte[] plain = RecordingFixtures.wavFile(1, 16_000, 16, new byte[] {1, 0, 2, 0});
        // insert "LIST" of 3 bytes + 1 pad byte between fmt and data
        final byte[] list = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0};
        final byte[] wav = new byte[plain.length + list.length];
        System.arraycopy(plain, 0, wav, 0, 36);
        System.arraycopy(list, 0, wav, 36, list.length);
        System.arraycopy(plain, 36, wav, 36 + list.length, plain.length - 36);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, wav.length - 8);
        final Pcm pcm = WavDecoder.decode(wav, MAX_MS);
        assertEquals(2, pcm.samples().length);
        assertEquals(2, pcm.samples()[1]);
    }

    @Test
    void decode_dataSizeLargerThanTheFile_isMalformed() {
        final byte[] wav = RecordingFixtures.wavFile(1, 16_000, 16, new byte[100]);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 1_000_000);
        assertEquals("recording-malformed", refusal(wav));
    }

    @Test
    void decode_riffSizeDisagreesWithTheFile_isMalformed() {
        final byte[] wav = RecordingFixtures.wavFile(1, 16_000, 16, new byte[100]);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, wav.length);
        assertEquals("recording-malformed", refusal(wav));
    }

    @Test
    void decode_fmtChunkShorterThan16Bytes_isMalformed() {
        final ByteBuffer wav = ByteBuffer.allocate(12 + 8 + 14 + 8 + 4).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(wav.capacity() - 8)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(14).putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(4).putInt(0);
        assertEquals("recording-malformed", refusal(wav.array()));
    }

    @Test
    void decode_dataNotAWholeNumberOfFrames_isMalformed() {
        assertEquals("recording-malformed", refusal(RecordingFixtures.wavFile(2, 16_000, 16, new byte[6])));
    }

    @Test
    void decode_byteRateInconsistent_isMalformed() {
        final byte[] wav = RecordingFixtures.wavFile(1, 16_000, 16, new byte[4]);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1234);
        assertEquals("recording-malformed", refusal(wav));
    }

    @Test
    void decode_unsupportedFormats_areNamed() {
        assertEquals("recording-format-not-supported", refusal(RecordingFixtures.wavFile(1, 96_000, 16, new byte[4])));
        assertEquals("recording-format-not-supported", refusal(RecordingFixtures.wavFile(1, 16_000, 32, new byte[8])));
        assertEquals("recording-format-not-supported", refusal(RecordingFixtures.wavFile(3, 16_000, 16, new byte[6])));
        final byte[] floats = RecordingFixtures.wavFile(1, 16_000, 16, new byte[4]);
        floats[20] = 3; // WAVE_FORMAT_IEEE_FLOAT
        assertEquals("recording-format-not-supported", refusal(floats));
    }

    @Test
    void decode_noDataChunk_isMalformed() {
        final byte[] wav = RecordingFixtures.wavFile(1, 16_000, 16, new byte[0]);
        final byte[] noData = java.util.Arrays.copyOf(wav, 36);
        ByteBuffer.wrap(noData).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 28);
        assertTrue(assertThrows(RecordingException.class, () -> WavDecoder.decode(noData, MAX_MS)).getMessage()
                .contains("no data chunk"));
    }

    @Test
    void decode_longerThanTheLimit_isRefusedBeforeConverting() {
        assertEquals("recording-too-long", assertThrows(RecordingException.class,
                () -> WavDecoder.decode(RecordingFixtures.wavFile(1, 8_000, 8, new byte[16_000]), 1_000)).code());
    }
}
