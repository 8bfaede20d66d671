package vn.loa.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.loa.error.InvalidInputException;

/** Reads a request body into memory, stopping as soon as it passes the limit, so a huge body is not read to its end. */
final class LimitedInput {

    private static final int BUFFER_BYTES = 64 * 1024;

    private LimitedInput() {
    }

    /**
     * @param maxBytes most bytes accepted
     * @throws InvalidInputException {@code recording-too-large} once more than {@code maxBytes} arrive
     */
    static byte[] readAll(final InputStream in, final long maxBytes) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER_BYTES);
        final byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException("recording-too-large", "the recording is larger than "
                            + maxBytes + " bytes (loa.audio.recording.max-bytes); upload a shorter one or an MP3");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException("recording-incomplete",
                    "the upload broke off before its end (" + e.getMessage() + "); send it again");
        }
        return out.toByteArray();
    }
}
