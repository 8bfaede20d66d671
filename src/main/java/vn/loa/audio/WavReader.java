package vn.loa.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a RIFF WAVE file of mono 16-bit integer PCM, the format espeak-ng writes. Strict on purpose: a header whose
 * sizes disagree with the file, or any other sample format, is refused rather than guessed at, because a wrong guess
 * plays as noise on every loudspeaker of the commune.
 *
 * <p>Layout (Microsoft "Multimedia Programming Interface and Data Specifications 1.0", 1991, chapter 3): "RIFF",
 * size of the rest of the file, "WAVE", then chunks of a four-character id, a little-endian size and the data,
 * padded to an even length. The "fmt " chunk must come before "data"; other chunks (LIST, fact...) are skipped.
 */
final class WavReader {

    private static final int WAVE_FORMAT_PCM = 1;
    private static final int RIFF_HEADER_BYTES = 12;
    private static final int CHUNK_HEADER_BYTES = 8;
    private static final int FMT_MIN_BYTES = 16;

    private WavReader() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the file */
    static Pcm read(final byte[] wav) {
        final ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < RIFF_HEADER_BYTES || !"RIFF".equals(fourCc(in, 0)) || !"WAVE".equals(fourCc(in, 8))) {
            throw malformed("not a RIFF WAVE file");
        }
        final long riffSize = Integer.toUnsignedLong(in.getInt(4));
        if (riffSize + 8 != wav.length) {
            throw malformed("the RIFF header announces " + (riffSize + 8) + " bytes but the file has " + wav.length);
        }
        Integer sampleRate = null;
        int position = RIFF_HEADER_BYTES;
        while (position + CHUNK_HEADER_BYTES <= wav.length) {
            final String id = fourCc(in, position);
            final long size = Integer.toUnsignedLong(in.getInt(position + 4));
            final int body = position + CHUNK_HEADER_BYTES;
            if (size > wav.length - body) {
                throw malformed("chunk '" + id + "' announces " + size + " bytes but only " + (wav.length - body)
                        + " remain");
            }
            if ("fmt ".equals(id)) {
                sampleRate = readFormat(in, body, (int) size);
            } else if ("data".equals(id)) {
                if (sampleRate == null) {
                    throw malformed("the data chunk comes before the fmt chunk");
                }
                return samples(in, body, (int) size, sampleRate);
            }
            position = body + (int) size + (int) (size & 1); // chunks are padded to an even length
        }
        throw malformed(sampleRate == null ? "no fmt chunk" : "no data chunk");
    }

    /** @return the sample rate in hertz, once the format is known to be mono 16-bit PCM */
    private static int readFormat(final ByteBuffer in, final int at, final int size) {
        if (size < FMT_MIN_BYTES) {
            throw malformed("fmt chunk of " + size + " bytes, expected at least " + FMT_MIN_BYTES);
        }
        final int format = Short.toUnsignedInt(in.getShort(at));
        final int channels = Short.toUnsignedInt(in.getShort(at + 2));
        final long sampleRate = Integer.toUnsignedLong(in.getInt(at + 4));
        final long byteRate = Integer.toUnsignedLong(in.getInt(at + 8));
        final int blockAlign = Short.toUnsignedInt(in.getShort(at + 12));
        final int bits = Short.toUnsignedInt(in.getShort(at + 14));
        if (format != WAVE_FORMAT_PCM || channels != 1 || bits != 16) {
            throw malformed("expected mono 16-bit PCM, got format " + format + ", " + channels + " channel(s), "
                    + bits + " bits");
        }
        // 8 kHz to 192 kHz covers every real recording; outside it the header is lying
        if (sampleRate < 8_000 || sampleRate > 192_000) {
            throw malformed("implausible sample rate " + sampleRate + " Hz");
        }
        if (blockAlign != 2 || byteRate != sampleRate * 2) {
            throw malformed("block align " + blockAlign + " and byte rate " + byteRate
                    + " do not match mono 16-bit at " + sampleRate + " Hz");
        }
        return (int) sampleRate;
    }

    private static Pcm samples(final ByteBuffer in, final int at, final int size, final int sampleRate) {
        if (size % 2 != 0) {
            throw malformed("data chunk of " + size + " bytes is not a whole number of 16-bit samples");
        }
        final short[] samples = new short[size / 2];
        in.slice(at, size).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return new Pcm(samples, sampleRate);
    }

    private static String fourCc(final ByteBuffer in, final int at) {
        final byte[] id = new byte[4];
        in.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static IllegalArgumentException malformed(final String detail) {
        return new IllegalArgumentException("malformed WAV: " + detail);
    }
}
