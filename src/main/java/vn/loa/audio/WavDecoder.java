package vn.loa.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded RIFF WAVE recording: integer PCM of 8, 16 or 24 bits, mono or stereo (mixed down to mono),
 * 8 to 48 kHz. Strict like {@link WavReader}, which reads espeak-ng's output: every size in the header must agree
 * with the file, because a header that claims more data than was sent is either broken or an attack.
 *
 * <p>Layout (Microsoft "Multimedia Programming Interface and Data Specifications 1.0", 1991, chapter 3, and
 * "WAVEFORMATEXTENSIBLE" for format 0xFFFE): "RIFF", size of the rest of the file, "WAVE", then chunks of a
 * four-character id, a little-endian size and the data, padded to an even length. "fmt " must come before "data";
 * other chunks (LIST, fact, bext...) are skipped.
 */
final class WavDecoder {

    static final int MIN_RATE = 8_000;
    static final int MAX_RATE = 48_000;

    private static final int WAVE_FORMAT_PCM = 1;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    private static final int RIFF_HEADER_BYTES = 12;
    private static final int CHUNK_HEADER_BYTES = 8;
    private static final int FMT_MIN_BYTES = 16;
    private static final int FMT_EXTENSIBLE_BYTES = 40;

    /** What the fmt chunk says. */
    record Format(int channels, int sampleRate, int bits) {

        int blockAlign() {
            return channels * bits / 8;
        }
    }

    private WavDecoder() {
    }

    /**
     * @param maxDurationMs longer audio is refused before its samples are converted
     * @throws RecordingException naming what is wrong with the file
     */
    static Pcm decode(final byte[] wav, final long maxDurationMs) {
        final ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < RIFF_HEADER_BYTES || !"RIFF".equals(fourCc(in, 0)) || !"WAVE".equals(fourCc(in, 8))) {
            throw RecordingException.malformed("not a RIFF WAVE file");
        }
        final long riffSize = Integer.toUnsignedLong(in.getInt(4));
        if (riffSize + 8 != wav.length) {
            throw RecordingException.malformed("the RIFF header announces " + (riffSize + 8)
                    + " bytes but the file has " + wav.length);
        }
        Format format = null;
        int position = RIFF_HEADER_BYTES;
        while (position + CHUNK_HEADER_BYTES <= wav.length) {
            final String id = fourCc(in, position);
            final long size = Integer.toUnsignedLong(in.getInt(position + 4));
            final int body = position + CHUNK_HEADER_BYTES;
            if (size > wav.length - body) {
                throw RecordingException.malformed("chunk '" + printable(id) + "' announces " + size
                        + " bytes but only " + (wav.length - body) + " remain");
            }
            if ("fmt ".equals(id)) {
                if (format != null) {
                    throw RecordingException.malformed("two fmt chunks");
                }
                format = readFormat(in, body, (int) size);
            } else if ("data".equals(id)) {
                if (format == null) {
                    throw RecordingException.malformed("the data chunk comes before the fmt chunk");
                }
                return samples(in, body, (int) size, format, maxDurationMs);
            }
            position = body + (int) size + (int) (size & 1); // chunks are padded to an even length
        }
        throw RecordingException.malformed(format == null ? "no fmt chunk" : "no data chunk");
    }

    private static Format readFormat(final ByteBuffer in, final int at, final int size) {
        if (size < FMT_MIN_BYTES) {
            throw RecordingException.malformed("fmt chunk of " + size + " bytes, expected at least " + FMT_MIN_BYTES);
        }
        final int tag = Short.toUnsignedInt(in.getShort(at));
        final int channels = Short.toUnsignedInt(in.getShort(at + 2));
        final long sampleRate = Integer.toUnsignedLong(in.getInt(at + 4));
        final long byteRate = Integer.toUnsignedLong(in.getInt(at + 8));
        final int blockAlign = Short.toUnsignedInt(in.getShort(at + 12));
        final int bits = Short.toUnsignedInt(in.getShort(at + 14));
        final boolean pcm = tag == WAVE_FORMAT_PCM
                // WAVEFORMATEXTENSIBLE: the sub-format GUID starts with the format tag, 1 for PCM
                || tag == WAVE_FORMAT_EXTENSIBLE && size >= FMT_EXTENSIBLE_BYTES
                        && Short.toUnsignedInt(in.getShort(at + 24)) == WAVE_FORMAT_PCM;
        if (!pcm) {
            throw RecordingException.unsupported("format tag " + tag + " is not integer PCM");
        }
        if (channels != 1 && channels != 2) {
            throw RecordingException.unsupported(channels + " channels; only mono or stereo");
        }
        if (bits != 8 && bits != 16 && bits != 24) {
            throw RecordingException.unsupported(bits + "-bit samples; only 8, 16 or 24 bits");
        }
        if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
            throw RecordingException.unsupported("sample rate " + sampleRate + " Hz; only " + MIN_RATE + " to "
                    + MAX_RATE + " Hz");
        }
        final Format format = new Format(channels, (int) sampleRate, bits);
        if (blockAlign != format.blockAlign() || byteRate != sampleRate * format.blockAlign()) {
            throw RecordingException.malformed("block align " + blockAlign + " and byte rate " + byteRate
                    + " do not match " + channels + " channel(s) of " + bits + " bits at " + sampleRate + " Hz");
        }
        return format;
    }

    private static Pcm samples(final ByteBuffer in, final int at, final int size, final Format format,
            final long maxDurationMs) {
        final int block = format.blockAlign();
        if (size % block != 0) {
            throw RecordingException.malformed("data chunk of " + size + " bytes is not a whole number of "
                    + block + "-byte sample frames");
        }
        final int frames = size / block;
        final long durationMs = frames * 1000L / format.sampleRate();
        if (durationMs > maxDurationMs) {
            throw RecordingException.tooLong(durationMs, maxDurationMs);
        }
        final int bytesPerSample = format.bits() / 8;
        final short[] out = new short[frames];
        for (int f = 0; f < frames; f++) {
            final int frameAt = at + f * block;
            int sum = 0;
            for (int c = 0; c < format.channels(); c++) {
                sum += sample(in, frameAt + c * bytesPerSample, format.bits());
            }
            out[f] = (short) (sum / format.channels());
        }
        return new Pcm(out, format.sampleRate());
    }

    /** One sample as a signed 16-bit value: 8-bit WAV is unsigned, 24-bit keeps its top 16 bits. */
    private static int sample(final ByteBuffer in, final int at, final int bits) {
        return switch (bits) {
            case 8 -> ((in.get(at) & 0xff) - 128) << 8;
            case 16 -> in.getShort(at);
            default -> (in.get(at + 2) << 8) | (in.get(at + 1) & 0xff);
        };
    }

    private static String fourCc(final ByteBuffer in, final int at) {
        final byte[] id = new byte[4];
        in.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static String printable(final String id) {
        return id.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
