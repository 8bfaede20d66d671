package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WavReaderTest {

    private static final short[] SAMPLES = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234};

    /** A WAV file as espeak-ng writes it: RIFF header, 16-byte fmt chunk, data chunk; optionally a LIST chunk. */
    static byte[] wav(final int sampleRate, final short[] samples, final boolean withListChunk) {
        final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(ascii("WAVE"));
        final ByteBuffer fmt = le(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        chunk(chunks, "fmt ", fmt.array());
        if (withListChunk) {
            chunk(chunks, "LIST", ascii("INFOabc")); // odd length: padded with one byte
        }
        final ByteBuffer data = le(samples.length * 2);
        for (final short s : samples) {
            data.putShort(s);
        }
        chunk(chunks, "data", data.array());
        final ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ascii("RIFF"));
        file.writeBytes(le(4).putInt(chunks.size()).array());
        file.writeBytes(chunks.toByteArray());
        return file.toByteArray();
    }

    @Test
    void read_espeakStyleFile_samplesAndRate() {
        final Pcm pcm = WavReader.read(wav(22_050, SAMPLES, false));
        assertEquals(22_050, pcm.sampleRate());
        assertArrayEquals(SAMPLES, pcm.samples());
    }

    @Test
    void read_oddSizedChunkBeforeData_skipsItWithPadding() {
        assertArrayEquals(SAMPLES, WavReader.read(wav(16_000, SAMPLES, true)).samples());
    }

    @Test
    void read_truncatedFile_throws() {
        final byte[] whole = wav(22_050, SAMPLES, false);
        final byte[] truncated = Arrays.copyOf(whole, whole.length - 4);
        assertMalformed(truncated, "announces");
    }

    @Test
    void read_dataChunkLongerThanFile_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        final int dataSizeAt = 12 + 8 + 16 + 4; // RIFF header, fmt chunk, "data"
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(dataSizeAt, 1_000_000);
        assertMalformed(file, "chunk 'data' announces 1000000 bytes");
    }

    @Test
    void read_riffSizeLies_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0x7fff_ffff); // as when written to a pipe
        assertMalformed(file, "RIFF header announces");
    }

    @Test
    void read_byteRateDisagreesWithSampleRate_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 44_100 * 2);
        assertMalformed(file, "byte rate");
    }

    @Test
    void read_stereo_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putShort(22, (short) 2);
        assertMalformed(file, "2 channel(s)");
    }

    @Test
    void read_eightBit_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putShort(34, (short) 8);
        assertMalformed(file, "8 bits");
    }

    @Test
    void read_oddDataSize_throws() {
        final byte[] file = wav(22_050, SAMPLES, false);
        final byte[] longer = Arrays.copyOf(file, file.length + 1);
        final ByteBuffer b = ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, longer.length - 8);
        b.putInt(40, SAMPLES.length * 2 + 1);
        assertMalformed(longer, "whole number of 16-bit samples");
    }

    @Test
    void read_notRiff_throws() {
        assertMalformed("ID3 this is an mp3".getBytes(StandardCharsets.US_ASCII), "not a RIFF WAVE file");
    }

    @Test
    void read_empty_throws() {
        assertMalformed(new byte[0], "not a RIFF WAVE file");
    }

    @Test
    void read_noDataChunk_throws() {
        final byte[] file = Arrays.copyOf(wav(22_050, new short[0], false), 12 + 8 + 16);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(4, file.length - 8);
        assertMalformed(file, "no data chunk");
    }

    private static void assertMalformed(final byte[] file, final String detail) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WavReader.read(file));
        assertTrue(e.getMessage().startsWith("malformed WAV"), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    private static void chunk(final ByteArrayOutputStream out, final String id, final byte[] body) {
        out.writeBytes(ascii(id));
        out.writeBytes(le(4).putInt(body.length).array());
        out.writeBytes(body);
        if (body.length % 2 != 0) {
            out.write(0);
        }
    }

    private static ByteBuffer le(final int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
