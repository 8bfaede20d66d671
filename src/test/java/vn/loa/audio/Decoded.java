package vn.loa.audio;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/** Decodes MP3 bytes with JLayer, the decoder the receiver agent plays with, for tests of what receivers hear. */
final class Decoded {

    private Decoded() {
    }

    /** Every sample the decoder outputs, mono. */
    static short[] samples(final byte[] mp3) throws Exception {
        final Bitstream in = new Bitstream(new ByteArrayInputStream(mp3));
        final Decoder decoder = new Decoder();
        short[] out = new short[mp3.length * 4];
        int n = 0;
        for (Header h = in.readFrame(); h != null; h = in.readFrame()) {
            final SampleBuffer frame = (SampleBuffer) decoder.decodeFrame(h, in);
            if (n + frame.getBufferLength() > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            System.arraycopy(frame.getBuffer(), 0, out, n, frame.getBufferLength());
            n += frame.getBufferLength();
            in.closeFrame();
        }
        return Arrays.copyOf(out, n);
    }

    /** Index of the first sample louder than {@code threshold}, or -1. */
    static int onset(final short[] samples, final int threshold) {
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) > threshold) {
                return i;
            }
        }
        return -1;
    }

    /** Root mean square level of each {@code window}-sample block. */
    static double[] envelope(final short[] samples, final int window) {
        final double[] out = new double[samples.length / window];
        for (int w = 0; w < out.length; w++) {
            double sum = 0;
            for (int i = w * window; i < (w + 1) * window; i++) {
                sum += (double) samples[i] * samples[i];
            }
            out[w] = Math.sqrt(sum / window);
        }
        return out;
    }

    /** Pearson correlation of two equally long series. */
    static double correlation(final double[] a, final double[] b) {
        final double ma = Arrays.stream(a).average().orElse(0);
        final double mb = Arrays.stream(b).average().orElse(0);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return num / Math.sqrt(da * db);
    }
}
