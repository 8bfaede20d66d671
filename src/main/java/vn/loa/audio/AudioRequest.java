package vn.loa.audio;

import java.time.Instant;
import vn.loa.error.InvalidInputException;

/**
 * What to speak and how to label it: the approved text of a bulletin, its language (a BCP 47 tag such as
 * {@code en}, {@code en-US} or {@code vi-VN}), the voice and rate to speak it with, and the facts written into the
 * MP3's ID3 tag, and how many times the message is played in a row. Valid once constructed.
 *
 * @param repeats how many times the message is played, with a pause between repeats and the chime only before the
 *                first and after the last: {@link #DEFAULT_REPEATS} for routine and important bulletins,
 *                {@link #EMERGENCY_REPEATS} for emergencies
 */
public record AudioRequest(String text, String language, String title, long bulletinId, String approver,
        Instant approvedAt, SpeechSettings speech, int repeats) {

    /** About 25 minutes of speech at 150 words a minute; a bulletin is meant to last one or two minutes. */
    public static final int MAX_TEXT_CHARS = 20_000;
    /** ID3 frames hold far more, but receivers show titles on a one-line display. */
    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_APPROVER_CHARS = 100;
    public static final int DEFAULT_REPEATS = 2;
    public static final int EMERGENCY_REPEATS = 3;
    /** More repeats make the broadcast long enough that people stop listening. */
    public static final int MAX_REPEATS = 5;

    public AudioRequest {
        requireText("text", text, MAX_TEXT_CHARS);
        requireText("language", language, 35); // 35: longest BCP 47 tag commonly supported (RFC 5646 section 4.4.1)
        requireText("title", title, MAX_TITLE_CHARS);
        requireText("approver", approver, MAX_APPROVER_CHARS);
        if (bulletinId <= 0) {
            throw invalid("bulletinId must be positive, got " + bulletinId);
        }
        if (approvedAt == null) {
            throw invalid("approvedAt is required");
        }
        if (speech == null) {
            throw invalid("speech settings are required; use SpeechSettings.DEFAULT");
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw invalid("repeats must be between 1 and " + MAX_REPEATS + ", got " + repeats);
        }
    }

    /** A request played {@link #DEFAULT_REPEATS} times. */
    public AudioRequest(final String text, final String language, final String title, final long bulletinId,
            final String approver, final Instant approvedAt, final SpeechSettings speech) {
        this(text, language, title, bulletinId, approver, approvedAt, speech, DEFAULT_REPEATS);
    }

    /**
     * A request spoken with the language's default voice at {@link SpeechSettings#DEFAULT_RATE_WPM}, played
     * {@link #DEFAULT_REPEATS} times.
     */
    public AudioRequest(final String text, final String language, final String title, final long bulletinId,
            final String approver, final Instant approvedAt) {
        this(text, language, title, bulletinId, approver, approvedAt, SpeechSettings.DEFAULT);
    }

    private static void requireText(final String field, final String value, final int maxChars) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required");
        }
        if (value.length() > maxChars) {
            throw invalid(field + " is longer than " + maxChars + " characters");
        }
    }

    private static InvalidInputException invalid(final String message) {
        return new InvalidInputException("audio-request-invalid", message);
    }
}
