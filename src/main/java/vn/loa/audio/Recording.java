package vn.loa.audio;

/**
 * An accepted upload, as stored: the original bytes under their SHA-256 in the recording store.
 *
 * @param name       the original file name, sanitized ({@link RecordingName}); a label, never a path
 * @param bytes      size of the original in bytes
 * @param durationMs playing time of the decoded audio, in milliseconds
 */
public record Recording(String sha256, RecordingFormat format, String name, long bytes, long durationMs) {
}
