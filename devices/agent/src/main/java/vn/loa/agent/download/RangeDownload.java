package vn.loa.agent.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jetbrains.annotations.NotNull;

/**
 * One HTTP attempt to complete a partial file. Uses {@link HttpURLConnection} rather than {@code HttpClient} for
 * its read timeout: on a weak village link a stalled transfer must fail and resume, not hang until playAt.
 */
final class RangeDownload {

    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int READ_TIMEOUT_MS = 30_000;

    private RangeDownload() {
    }

    /**
     * Continues {@code part} from its current size ({@code Range: bytes=N-}; appends on 206, starts over on 200)
     * until it holds {@code expectedBytes}.
     *
     * @throws IOException       a retryable failure (network, HTTP status, early end of body)
     * @throws DownloadException {@link DownloadException.Kind#CONTENT_MISMATCH} if the server sends more bytes
     */
    static void resume(final @NotNull URI uri, final @NotNull Path part, final long expectedBytes)
            throws IOException, DownloadException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        if (have > expectedBytes) {
            Files.delete(part);
            have = 0;
        }
        if (have == expectedBytes) {
            return;
        }
        final HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            if (have > 0) {
                connection.setRequestProperty("Range", "bytes=" + have + "-");
            }
            final int status = connection.getResponseCode();
            final boolean append;
            if (status == HttpURLConnection.HTTP_PARTIAL && have > 0) {
                final String range = connection.getHeaderField("Content-Range");
                if (range == null || !range.startsWith("bytes " + have + "-")) {
                    Files.deleteIfExists(part);
                    throw new HttpStatusException("HTTP 206 with unexpected Content-Range '" + range + "'");
                }
                append = true;
            } else if (status == HttpURLConnection.HTTP_OK) {
                append = false;
                have = 0;
            } else {
                if (status == 416) {
                    Files.deleteIfExists(part);
                }
                final String reason = connection.getResponseMessage();
                throw new HttpStatusException("HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason));
            }
            try (InputStream in = connection.getInputStream()) {
                have = copy(in, part, append, have, expectedBytes);
            }
        } finally {
            connection.disconnect();
        }
        if (have < expectedBytes) {
            throw new IOException("body ended after " + have + " of " + expectedBytes + " bytes");
        }
    }

    private static long copy(final InputStream in, final Path part, final boolean append, final long start,
            final long expectedBytes) throws IOException, DownloadException {
        long have = start;
        final byte[] buffer = new byte[16 * 1024];
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (have + n > expectedBytes) {
                        throw new DownloadException(DownloadException.Kind.CONTENT_MISMATCH,
                                "server sent more than audio.bytes=" + expectedBytes);
                    }
                    out.write(ByteBuffer.wrap(buffer, 0, n));
                    have += n;
                }
            } finally {
                out.force(true);
            }
        }
        return have;
    }
}
