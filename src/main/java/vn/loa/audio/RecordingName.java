package vn.loa.audio;

import java.text.Normalizer;

/**
 * The original file name of an upload, made safe to store and show. It is a label only: the store names files by
 * their SHA-256, so this name never reaches the file system.
 */
final class RecordingName {

    /** Longest kept name, in characters. */
    static final int MAX_CHARS = 100;

    private RecordingName() {
    }

    /**
     * Keeps the last path segment (after the last {@code /} or {@code \}), drops control and other invisible
     * characters, {@code ..} and leading dots, and cuts to {@link #MAX_CHARS}. A name that comes out empty becomes
     * {@code recording.wav} or {@code recording.mp3}.
     */
    static String sanitize(final String original, final RecordingFormat format) {
        final String fallback = "recording." + format.wire();
        if (original == null) {
            return fallback;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{C}", "").replace("..", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.codePointCount(0, name.length()) > MAX_CHARS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CHARS)).strip();
        }
        return name.isEmpty() ? fallback : name;
    }
}
