package vn.loa.audio;

import java.util.Locale;
import java.util.Optional;

/**
 * The two formats a recorded announcement may be uploaded in, recognised by their first bytes, never by the
 * client's Content-Type or file name (those are hints only). On the API and in the database: {@code wav},
 * {@code mp3}.
 */
public enum RecordingFormat {
    WAV("audio/wav", "wav"),
    MP3("audio/mpeg", "mp3");

    private final String mediaType;
    private final String extension;

    RecordingFormat(final String mediaType, final String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** What the stored original is served as. */
    public String mediaType() {
        return mediaType;
    }

    /** {@code wav} or {@code mp3}: the file extension and the API and database value. */
    public String wire() {
        return extension;
    }

    /** @throws IllegalArgumentException for anything but {@code wav} or {@code mp3} */
    public static RecordingFormat of(final String wire) {
        for (RecordingFormat f : values()) {
            if (f.extension.equals(wire)) {
                return f;
            }
        }
        throw new IllegalArgumentException("recording format must be wav or mp3, got " + wire);
    }

    /**
     * Whether a request's Content-Type announces an accepted upload: {@code audio/wav}, {@code audio/x-wav},
     * {@code audio/wave} or {@code audio/mpeg}, parameters ignored.
     */
    static boolean acceptedContentType(final String contentType) {
        if (contentType == null) {
            return false;
        }
        final int semicolon = contentType.indexOf(';');
        final String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return switch (type) {
            case "audio/wav", "audio/x-wav", "audio/wave", "audio/mpeg" -> true;
            default -> false;
        };
    }

    /**
     * Recognises a format by its magic bytes: {@code RIFF....WAVE} for WAV; an ID3v2 tag ({@code ID3}) or an MPEG
     * audio frame sync (11 set bits) for MP3. Recognising is not validating: the decoders check the rest.
     */
    static Optional<RecordingFormat> sniff(final byte[] content) {
        if (content.length >= 12 && ascii(content, 0, "RIFF") && ascii(content, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (content.length >= 3 && ascii(content, 0, "ID3")) {
            return Optional.of(MP3);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xe0) == 0xe0) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean ascii(final byte[] content, final int at, final String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (content[at + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
