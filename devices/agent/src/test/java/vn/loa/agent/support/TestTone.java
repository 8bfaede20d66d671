package vn.loa.agent.support;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.sound.sampled.AudioFormat;

/** A real MP3 made on the fly: a 440 Hz sine, mono 16 kHz, 32 kbit/s, encoded with jump3r (no binary fixture). */
public final class TestTone {

    public static final int SAMPLE_RATE = 16_000;

    private TestTone() {
    }

    public static byte[] mp3(final int durationMs) {
        final int samples = SAMPLE_RATE * durationMs / 1000;
        final byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            final short value = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        final LameEncoder encoder = new LameEncoder(new AudioFormat(SAMPLE_RATE, 16, 1, true, false), 32,
                LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_LOW, false);
        try {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            final byte[] buffer = new byte[encoder.getMP3BufferSize()];
            final int chunk = encoder.getPCMBufferSize();
            for (int pos = 0; pos < pcm.length; pos += chunk) {
                final int n = encoder.encodeBuffer(pcm, pos, Math.min(chunk, pcm.length - pos), buffer);
                out.write(buffer, 0, n);
            }
            out.write(buffer, 0, encoder.encodeFinish(buffer));
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }

    public static String sha256(final byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
