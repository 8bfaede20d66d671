package vn.loa.audio;

import java.util.regex.Pattern;

/**
 * An MP3 in the audio store, named by the SHA-256 of its bytes (lowercase hex). It is served at
 * {@code /api/audio/<sha256>.mp3}.
 *
 * @param bytes      file size in bytes
 * @param durationMs playing time in milliseconds, as a player computes it from the MPEG frames
 */
public record StoredAudio(String sha256, long bytes, long durationMs) {

    static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredAudio {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive, got " + bytes);
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative, got " + durationMs);
        }
    }

    /** The path part of the download URL, relative to the server root. */
    public String downloadPath() {
        return "/api/audio/" + sha256 + ".mp3";
    }
}
