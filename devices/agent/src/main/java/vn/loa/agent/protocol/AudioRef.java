package vn.loa.agent.protocol;

import java.net.URI;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * The audio file of a play command (PROTOCOL.md, "play command", field {@code audio}).
 *
 * @param url        {@code /api/audio/<sha>.mp3}, appended to the controller base URL, or an absolute http(s) URL
 * @param sha256     64 lowercase hex digits, the SHA-256 of the whole file
 * @param bytes      file size in bytes, &gt; 0
 * @param durationMs play time in milliseconds, &gt;= 0
 */
public record AudioRef(@NotNull String url, @NotNull String sha256, long bytes, long durationMs) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public AudioRef {
        if (url == null || !(url.startsWith("/") || url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("audio.url must start with '/' or http(s)://, got '" + url + "'");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("audio.sha256 must be 64 lowercase hex digits, got '" + sha256 + "'");
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("audio.bytes must be > 0, got " + bytes);
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("audio.durationMs must be >= 0, got " + durationMs);
        }
    }

    /**
     * Appends a path {@link #url()} to the controller base URL without its trailing slash (PROTOCOL.md 9.1), so a
     * base with a path prefix keeps it; an absolute one is returned as is.
     */
    public @NotNull URI resolve(final @NotNull URI controllerBase) {
        if (!url.startsWith("/")) {
            return URI.create(url);
        }
        final String base = controllerBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + url);
    }
}
