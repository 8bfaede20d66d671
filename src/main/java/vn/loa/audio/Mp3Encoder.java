package vn.loa.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * Encodes speech to MPEG-2 Layer III, mono, 16 kHz, constant bit rate ({@code loa.audio.bitrate-kbps}, 32 kbit/s
 * by default) with jump3r (pure-Java LAME). The receivers' decoders are sized for this format.
 *
 * <p>Gapless: LAME primes its output with one frame of silence and every decoder adds {@link #DECODER_DELAY}
 * samples more, then LAME pads the end; left alone, an MP3 plays 72 to 108 ms longer than its PCM and starts late.
 * This encoder drops the priming frame and the padding frames, and takes the decoder's delay out of silence the PCM
 * starts with, so the MP3 decodes to the PCM itself (rounded up to a whole frame). The bit reservoir is off, so no
 * frame borrows bits from another: frames can be dropped and joined ({@link #encode(PlayoutLayout, int)} encodes a
 * repeated message once). Stateless; each call uses its own encoders, so calls may run in parallel.
 */
final class Mp3Encoder {

    static final int SAMPLE_RATE = 16_000; // hertz
    /** Samples in one MPEG-2 Layer III frame. */
    static final int FRAME_SAMPLES = 576;
    /** Length of one frame at 16 kHz in milliseconds. */
    static final long FRAME_MS = FRAME_SAMPLES * 1000L / SAMPLE_RATE;
    /**
     * Samples every Layer III decoder outputs before the first encoded sample (the synthesis filter bank and the
     * MDCT overlap), once LAME's priming frame is dropped. Measured: a tone starting at sample 2000 comes out of
     * JLayer (the receivers' decoder) at 3105 = 2000 + 576 + 529 without dropping.
     */
    static final int DECODER_DELAY = 529;
    /** Samples handed to LAME per call: 1 s at 16 kHz keeps the buffers small and the calls few. */
    private static final int CHUNK_SAMPLES = SAMPLE_RATE;

    private Mp3Encoder() {
    }

    /**
     * Exact playing time in milliseconds of {@code mp3Bytes} of MPEG frames at the constant bitrate: at 16 kHz every
     * bitrate from 24 to 64 kbit/s gives frames of a whole number of bytes, so there are no padding bytes.
     */
    static long playingTimeMs(final long mp3Bytes, final int bitrateKbps) {
        return mp3Bytes * 8 / bitrateKbps;
    }

    /** Bytes of one frame: 72 × bit rate / sample rate for MPEG-2 Layer III (a whole number from 24 to 64 kbit/s). */
    static int frameBytes(final int bitrateKbps) {
        return 72 * bitrateKbps * 1000 / SAMPLE_RATE;
    }

    /** {@link #encode(Pcm, int)} at {@link MasteringSettings#DEFAULT_BITRATE_KBPS}. */
    static byte[] encode(final Pcm pcm) {
        return encode(pcm, MasteringSettings.DEFAULT_BITRATE_KBPS);
    }

    /**
     * Encodes any PCM. It plays as long as the PCM rounded up to a whole frame (0 to 36 ms more) when the PCM starts
     * with at least {@link #DECODER_DELAY} samples of silence, and 33 ms longer than that otherwise (nothing of the
     * audio is ever cut).
     *
     * @param pcm         audio at {@link #SAMPLE_RATE}; resample first otherwise
     * @param bitrateKbps one of {@link MasteringSettings#BITRATES_KBPS}
     */
    static byte[] encode(final Pcm pcm, final int bitrateKbps) {
        checkFormat(pcm.sampleRate(), bitrateKbps);
        final short[] samples = pcm.samples();
        final int skip = leadingZeros(samples) >= DECODER_DELAY ? DECODER_DELAY : 0;
        final int keep = (samples.length - skip + DECODER_DELAY + FRAME_SAMPLES - 1) / FRAME_SAMPLES;
        return encodeFrames(samples, skip, keep, bitrateKbps);
    }

    /**
     * Encodes a layout part by part, each distinct part once and in parallel, and joins the frames. The result
     * plays exactly as long as {@link PlayoutLayout#pcm()}, and is the same bytes whatever the number of cores.
     */
    static byte[] encode(final PlayoutLayout layout, final int bitrateKbps) {
        checkFormat(layout.sampleRate(), bitrateKbps);
        final Map<short[], byte[]> encoded = new IdentityHashMap<>();
        layout.parts().forEach(p -> encoded.put(p, null));
        // the distinct parts (chime, pause, the message's two halves) at once, longest first, on every core
        final List<short[]> distinct = encoded.keySet().stream()
                .sorted(Comparator.comparingInt((short[] p) -> p.length).reversed()).toList();
        final List<byte[]> frames = distinct.parallelStream().map(p -> encodePart(p, bitrateKbps)).toList();
        for (int i = 0; i < distinct.size(); i++) {
            encoded.put(distinct.get(i), frames.get(i));
        }
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.parts().forEach(p -> out.writeBytes(encoded.get(p)));
        return out.toByteArray();
    }

    private static byte[] encodePart(final short[] part, final int bitrateKbps) {
        if (part.length % FRAME_SAMPLES != 0 || leadingZeros(part) < DECODER_DELAY) {
            throw new IllegalArgumentException("a layout part must be whole frames and start with "
                    + DECODER_DELAY + " samples of silence");
        }
        return encodeFrames(part, DECODER_DELAY, part.length / FRAME_SAMPLES, bitrateKbps);
    }

    /**
     * LAME over {@code samples[skip..]}, then the frames after the priming one, {@code keep} of them.
     */
    private static byte[] encodeFrames(final short[] samples, final int skip, final int keep,
            final int bitrateKbps) {
        final byte[] all = lame(samples, skip, bitrateKbps);
        final int frameBytes = frameBytes(bitrateKbps);
        final int available = all.length / frameBytes - 1;
        if (all.length % frameBytes != 0 || available < keep) {
            throw new IllegalStateException("LAME wrote " + all.length + " bytes, expected at least " + (keep + 1)
                    + " frames of " + frameBytes);
        }
        for (int f = 0; f <= keep; f++) {
            final int at = f * frameBytes;
            if ((all[at] & 0xff) != 0xff || (all[at + 1] & 0xe0) != 0xe0) {
                throw new IllegalStateException("no MPEG frame header at byte " + at + " of LAME's output");
            }
        }
        return Arrays.copyOfRange(all, frameBytes, frameBytes * (keep + 1));
    }

    private static byte[] lame(final short[] samples, final int from, final int bitrateKbps) {
        final LameEncoder lame = new LameEncoder(pcmFormat(), mp3Format(bitrateKbps));
        try {
            disableBitReservoir(lame);
            // LAME's worst case: 1.25 bytes per sample plus 7200 bytes (lame.h, lame_encode_buffer)
            final byte[] mp3Chunk = new byte[CHUNK_SAMPLES * 5 / 4 + 7200];
            final byte[] pcmChunk = new byte[CHUNK_SAMPLES * 2];
            final ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) ((samples.length - from + 3L * FRAME_SAMPLES) / FRAME_SAMPLES * frameBytes(bitrateKbps)));
            for (int start = from; start < samples.length; start += CHUNK_SAMPLES) {
                final int count = Math.min(CHUNK_SAMPLES, samples.length - start);
                toLittleEndian(samples, start, count, pcmChunk);
                out.write(mp3Chunk, 0, lame.encodeBuffer(pcmChunk, 0, count * 2, mp3Chunk));
            }
            out.write(mp3Chunk, 0, lame.encodeFinish(mp3Chunk));
            return out.toByteArray();
        } finally {
            lame.close();
        }
    }

    /**
     * jump3r does not expose LAME's {@code --nores}; its flags object is read by the reservoir on every frame, so
     * setting the field after construction takes effect (checked in Mp3EncoderTest: every frame's main_data_begin
     * is 0).
     */
    private static void disableBitReservoir(final LameEncoder lame) {
        try {
            final Field gfpField = LameEncoder.class.getDeclaredField("gfp");
            gfpField.setAccessible(true);
            final LameGlobalFlags gfp = (LameGlobalFlags) gfpField.get(lame);
            gfp.disable_reservoir = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot switch off jump3r's bit reservoir: " + e, e);
        }
    }

    private static int leadingZeros(final short[] samples) {
        int n = 0;
        while (n < samples.length && samples[n] == 0) {
            n++;
        }
        return n;
    }

    private static void checkFormat(final int sampleRate, final int bitrateKbps) {
        if (!MasteringSettings.BITRATES_KBPS.contains(bitrateKbps)) {
            throw new IllegalArgumentException("bitrate must be one of " + MasteringSettings.BITRATES_KBPS
                    + " kbit/s, got " + bitrateKbps);
        }
        if (sampleRate != SAMPLE_RATE) {
            throw new IllegalArgumentException("expected " + SAMPLE_RATE + " Hz PCM, got " + sampleRate);
        }
    }

    private static void toLittleEndian(final short[] samples, final int start, final int count, final byte[] out) {
        for (int i = 0; i < count; i++) {
            final short s = samples[start + i];
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
    }

    private static AudioFormat pcmFormat() {
        return new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    }

    /** The target format carries the LAME settings as properties; its sample rate stops LAME resampling. */
    private static AudioFormat mp3Format(final int bitrateKbps) {
        final Map<String, Object> settings = Map.of(
                LameEncoder.P_BITRATE, bitrateKbps,
                LameEncoder.P_CHMODE, "mono",
                LameEncoder.P_VBR, Boolean.FALSE,
                LameEncoder.P_QUALITY, LameEncoder.QUALITY_MIDDLE);
        return new AudioFormat(LameEncoder.MPEG2L3, SAMPLE_RATE, AudioSystem.NOT_SPECIFIED, 1,
                AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, false, settings);
    }
}
