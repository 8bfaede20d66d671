package vn.loa.agent.playback;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.jetbrains.annotations.NotNull;

/**
 * An MP3 file decoded frame by frame with JLayer (constant memory: one frame of PCM). {@link #open} already
 * decodes the first frame, so that playback can start the instant it is due.
 */
final class Mp3Source implements AutoCloseable {

    /** Largest PCM of one frame: 1152 samples, 2 channels, 2 bytes. */
    static final int MAX_FRAME_BYTES = 1152 * 2 * 2;

    private final InputStream in;
    private final Bitstream bitstream;
    private final Decoder decoder = new Decoder();
    private PcmFormat format;
    private byte[] firstFrame;

    private Mp3Source(final InputStream in) {
        this.in = in;
        this.bitstream = new Bitstream(in);
    }

    /** @throws PlaybackException if the file cannot be read or holds no decodable MP3 frame */
    static @NotNull Mp3Source open(final @NotNull Path file) throws PlaybackException {
        final InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 16 * 1024);
        } catch (IOException e) {
            throw new PlaybackException("cannot open " + file + ": " + e.getMessage(), e);
        }
        final Mp3Source source = new Mp3Source(in);
        try {
            final byte[] first = new byte[MAX_FRAME_BYTES];
            final int length = source.decodeNext(first);
            if (length < 0) {
                throw new PlaybackException("no MP3 frame in " + file);
            }
            source.format = new PcmFormat(source.decoder.getOutputFrequency(), source.decoder.getOutputChannels());
            source.firstFrame = java.util.Arrays.copyOf(first, length);
            return source;
        } catch (PlaybackException | RuntimeException e) {
            source.close();
            throw e instanceof PlaybackException p ? p : new PlaybackException("cannot decode " + file, e);
        }
    }

    @NotNull PcmFormat format() {
        return format;
    }

    /**
     * Fills {@code out} (at least {@link #MAX_FRAME_BYTES} long) with the PCM of the next frame.
     *
     * @return the number of bytes, or -1 at the end of the stream
     */
    int next(final byte @NotNull [] out) throws PlaybackException {
        if (firstFrame != null) {
            final int length = firstFrame.length;
            System.arraycopy(firstFrame, 0, out, 0, length);
            firstFrame = null;
            return length;
        }
        return decodeNext(out);
    }

    private int decodeNext(final byte[] out) throws PlaybackException {
        try {
            final Header header = bitstream.readFrame();
            if (header == null) {
                return -1;
            }
            final SampleBuffer samples = (SampleBuffer) decoder.decodeFrame(header, bitstream);
            bitstream.closeFrame();
            final short[] pcm = samples.getBuffer();
            final int count = samples.getBufferLength();
            for (int i = 0; i < count; i++) {
                out[2 * i] = (byte) pcm[i];
                out[2 * i + 1] = (byte) (pcm[i] >> 8);
            }
            return 2 * count;
        } catch (BitstreamException | DecoderException | RuntimeException e) {
            throw new PlaybackException("MP3 decoding failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            bitstream.close();
        } catch (BitstreamException e) {
            // closing a read-only stream: nothing to recover
        }
        try {
            in.close();
        } catch (IOException e) {
            // same
        }
    }
}
