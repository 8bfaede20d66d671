package vn.loa.audio;

import com.mpatric.mp3agic.InvalidDataException;
import com.mpatric.mp3agic.Mp3File;
import com.mpatric.mp3agic.MpegFrame;
import com.mpatric.mp3agic.UnsupportedTagException;
import de.sciss.jump3r.mp3.MP3Data;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.loa.error.UnavailableException;

/**
 * Proves an uploaded MP3 is real audio and turns it into mono PCM, in two independent passes: mp3agic parses the
 * container (ID3 tags, the chain of MPEG frames up to the end of the file), then jump3r's mpglib decoder (the LAME
 * decoder, {@code de.sciss.jump3r.mpg}) decodes every frame in-process. Either refusing is enough to refuse the
 * upload. Only MPEG audio layer III is accepted.
 */
final class Mp3Decoder {

    /** Bytes handed to the decoder per call. */
    private static final int FEED_BYTES = 4096;
    /** Most samples per channel one decoder call returns: one MPEG-1 layer III frame. */
    private static final int FRAME_SAMPLES = 1152;
    private static final int ID3V1_BYTES = 128;
    /** mp3agic measures frame by frame; allow a little over the limit before refusing without decoding. */
    private static final long PARSE_SLACK_MS = 1_000;

    private Mp3Decoder() {
    }

    /**
     * @param maxDurationMs longer audio is refused, before decoding when the frames already show it
     * @throws RecordingException naming what is wrong with the file
     */
    static Pcm decode(final byte[] mp3, final long maxDurationMs) {
        final Mp3File parsed = parse(mp3);
        if (!"III".equals(parsed.getLayer())) {
            throw RecordingException.unsupported("MPEG audio layer " + parsed.getLayer() + "; only layer III (MP3)");
        }
        checkFramesReachTheEnd(mp3, parsed.getStartOffset(), parsed.hasId3v1Tag() ? ID3V1_BYTES : 0);
        if (parsed.getLengthInMilliseconds() > maxDurationMs + PARSE_SLACK_MS) {
            throw RecordingException.tooLong(parsed.getLengthInMilliseconds(), maxDurationMs);
        }
        return pcm(mp3, parsed.getStartOffset(), maxDurationMs);
    }

    /**
     * Walks the frame headers from the first frame to the end of the file: every byte must belong to a whole
     * frame, up to an optional ID3v1 tag. mp3agic's own end offset cannot be used for this (0.9.1 leaves out the last
     * frame when the frame count is odd), and its scan silently stops at a frame cut short.
     */
    private static void checkFramesReachTheEnd(final byte[] mp3, final int start, final int id3v1Bytes) {
        final int end = mp3.length - id3v1Bytes;
        int at = start;
        while (at < end) {
            if (end - at < 4) {
                throw RecordingException.malformed((end - at) + " stray bytes after the last MPEG frame");
            }
            final int length;
            try {
                length = frameBytes(new MpegFrame(mp3[at], mp3[at + 1], mp3[at + 2], mp3[at + 3]));
            } catch (InvalidDataException e) {
                throw RecordingException.malformed("no valid MPEG frame header at byte " + at + " of "
                        + mp3.length + " (" + e.getMessage() + ")");
            }
            if (length <= 4) {
                throw RecordingException.malformed("an MPEG frame of " + length + " bytes at byte " + at);
            }
            if (at + length > end) {
                throw RecordingException.malformed("the last MPEG frame needs " + length + " bytes but only "
                        + (end - at) + " remain: the file is cut off");
            }
            at += length;
        }
    }

    /**
     * Length of a layer III frame in bytes (ISO/IEC 11172-3 section 2.4.3.1, ISO/IEC 13818-3 section 2.4.3.1):
     * 1152 samples per frame in MPEG-1, 576 in MPEG-2 and 2.5. mp3agic 0.9.1's {@code getLengthInBytes()} uses the
     * MPEG-1 factor for all versions, doubling MPEG-2 frames.
     */
    private static int frameBytes(final MpegFrame frame) {
        final int samplesPerFrame = "1.0".equals(frame.getVersion()) ? 1152 : 576;
        return samplesPerFrame / 8 * frame.getBitrate() * 1000 / frame.getSampleRate() + (frame.hasPadding() ? 1 : 0);
    }

    /** mp3agic reads only files, so the bytes go to a private temporary file outside the store, deleted at once. */
    private static Mp3File parse(final byte[] mp3) {
        Path temp = null;
        try {
            temp = Files.createTempFile("loa-upload-", ".mp3");
            Files.write(temp, mp3);
            return new Mp3File(temp);
        } catch (InvalidDataException | UnsupportedTagException | IllegalArgumentException e) {
            // IllegalArgumentException: mp3agic's way of saying it found no MPEG frame at all
            throw RecordingException.malformed("mp3agic cannot read it (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UnavailableException("recording-check-failed", "cannot check the MP3 upload", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Decodes every frame from {@code start} on, mixing stereo down to mono. */
    private static Pcm pcm(final byte[] mp3, final int start, final long maxDurationMs) {
        final MPGLib lib = new MPGLib();
        final Interface intf = new Interface();
        final Common common = new Common();
        intf.setModules(new VBRTag(), common);
        lib.setModules(intf, common);
        final MPGLib.mpstr_tag stream = lib.hip_decode_init();
        final MP3Data info = new MP3Data();
        final short[] left = new short[FRAME_SAMPLES];
        final short[] right = new short[FRAME_SAMPLES];
        final byte[] feed = new byte[FEED_BYTES];
        short[] out = new short[1 << 16];
        int count = 0;
        long maxSamples = Long.MAX_VALUE;
        try {
            for (int at = start; at <= mp3.length; at += FEED_BYTES) {
                final int length = Math.min(FEED_BYTES, mp3.length - at);
                System.arraycopy(mp3, at, feed, 0, Math.max(0, length));
                int decoded = decodeOne(lib, stream, feed, Math.max(0, length), left, right, info);
                while (decoded > 0) {
                    if (maxSamples == Long.MAX_VALUE && info.samplerate > 0) {
                        // capped at a day so the product cannot overflow
                        maxSamples = (Math.min(maxDurationMs, 86_400_000L) + PARSE_SLACK_MS) * info.samplerate / 1000;
                    }
                    if (count + decoded > maxSamples) {
                        throw RecordingException.tooLong(count * 1000L / info.samplerate, maxDurationMs);
                    }
                    if (count + decoded > out.length) {
                        out = Arrays.copyOf(out, Math.max(out.length * 2, count + decoded));
                    }
                    for (int i = 0; i < decoded; i++) {
                        out[count + i] = info.stereo == 2 ? (short) ((left[i] + right[i]) / 2) : left[i];
                    }
                    count += decoded;
                    decoded = decodeOne(lib, stream, feed, 0, left, right, info); // frames still buffered
                }
                if (length <= 0) {
                    break;
                }
            }
        } finally {
            lib.hip_decode_exit(stream);
        }
        if (count == 0 || info.samplerate <= 0) {
            throw RecordingException.notAudio("no MPEG frame could be decoded");
        }
        return new Pcm(Arrays.copyOf(out, count), info.samplerate);
    }

    private static int decodeOne(final MPGLib lib, final MPGLib.mpstr_tag stream, final byte[] feed,
            final int length, final short[] left, final short[] right, final MP3Data info) {
        final int decoded;
        try {
            decoded = lib.hip_decode1_headers(stream, feed, length, left, right, info);
        } catch (RuntimeException e) {
            // mpglib signals some corrupt bitstreams by running off its arrays
            throw RecordingException.malformed("the MP3 decoder cannot decode it (" + e + ")");
        }
        if (decoded < 0) {
            throw RecordingException.malformed("the MP3 decoder found a corrupt frame");
        }
        return decoded;
    }
}
