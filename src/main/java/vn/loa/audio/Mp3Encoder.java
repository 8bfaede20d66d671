package vn.loa.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * Encodes speech to MPEG-2 Layer III, mono, 16 kHz, constant bit rate ({@code loa.audio.bitrate-kbps}, 32 kbit/s
 * by default) with jump3r (pure-Java LAME). The receivers' decoders are sized for this format.
 * Stateless; each call uses its own encoder, so calls may run in parallel.
 */
final class Mp3Encoder {

    static final int SAMPLE_RATE = 16_000; // hertz
    /**
     * LAME delays the signal by 576 samples (one frame) and flushes with 576 to 1151 samples of padding, so an MP3
     * plays 72 to 108 ms longer than its PCM at 16 kHz. Measured over 1 s to 120 s tones in Mp3EncoderTest.
     */
    static final long MIN_CODEC_OVERHEAD_MS = 72;
    static final long MAX_CODEC_OVERHEAD_MS = 108;
    /** Length of one MPEG-2 Layer III frame at 16 kHz in milliseconds: 576 samples. */
    static final long FRAME_MS = 36;
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

    /**
     * What the overhead ({@link #MIN_CODEC_OVERHEAD_MS} to {@link #MAX_CODEC_OVERHEAD_MS}) grows by at a bitrate, in
     * milliseconds: from 40 kbit/s up, jump3r's flush writes one more frame. Measured over 1 s to 60 s tones at every
     * allowed bitrate (Mp3EncoderTest).
     */
    static long extraOverheadMs(final int bitrateKbps) {
        return bitrateKbps >= 40 ? FRAME_MS : 0;
    }

    /** {@link #encode(Pcm, int)} at {@link MasteringSettings#DEFAULT_BITRATE_KBPS}. */
    static byte[] encode(final Pcm pcm) {
        return encode(pcm, MasteringSettings.DEFAULT_BITRATE_KBPS);
    }

    /**
     * @param pcm         speech at {@link #SAMPLE_RATE}; resample first otherwise
     * @param bitrateKbps one of {@link MasteringSettings#BITRATES_KBPS}
     */
    static byte[] encode(final Pcm pcm, final int bitrateKbps) {
        if (!MasteringSettings.BITRATES_KBPS.contains(bitrateKbps)) {
            throw new IllegalArgumentException("bitrate must be one of " + MasteringSettings.BITRATES_KBPS
                    + " kbit/s, got " + bitrateKbps);
        }
        if (pcm.sampleRate() != SAMPLE_RATE) {
            throw new IllegalArgumentException("expected " + SAMPLE_RATE + " Hz PCM, got " + pcm.sampleRate());
        }
        final LameEncoder lame = new LameEncoder(pcmFormat(), mp3Format(bitrateKbps));
        try {
            final short[] samples = pcm.samples();
            // LAME's worst case: 1.25 bytes per sample plus 7200 bytes (lame.h, lame_encode_buffer)
            final byte[] mp3Chunk = new byte[CHUNK_SAMPLES * 5 / 4 + 7200];
            final byte[] pcmChunk = new byte[CHUNK_SAMPLES * 2];
            final ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) (pcm.durationMs() * bitrateKbps / 8) + mp3Chunk.length);
            for (int start = 0; start < samples.length; start += CHUNK_SAMPLES) {
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
