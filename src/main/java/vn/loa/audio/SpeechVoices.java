package vn.loa.audio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.loa.error.InvalidInputException;

/**
 * The voices Loa can speak with, by language, and the check a bulletin's voice and rate pass when it is written: the
 * catalogue {@code GET /api/voices} shows, kept here beside the engines that own the voice names
 * ({@link FreeTtsEngine#VOICE_NAME}, {@link EspeakEngine#VOICES}) so the two cannot drift apart.
 */
public final class SpeechVoices {

    /**
     * The voices of one spoken language.
     *
     * @param language     ISO 639-1 code, the primary subtag a bulletin's language must have ({@code vi-VN} → vi)
     * @param engine       the speech engine that speaks it
     * @param defaultVoice the voice used when a bulletin names none
     * @param voices       every voice, the default first
     */
    public record Language(String language, String engine, String defaultVoice, List<String> voices) {
    }

    /** Vietnamese first: most bulletins are Vietnamese. */
    public static final List<Language> LANGUAGES = List.of(
            new Language("vi", "espeak-ng", EspeakEngine.DEFAULT_VOICE,
                    EspeakEngine.VOICES.stream().sorted().toList()), // sorted: "vi" (the default) comes first
            new Language("en", "freetts", FreeTtsEngine.VOICE_NAME, List.of(FreeTtsEngine.VOICE_NAME)));

    private SpeechVoices() {
    }

    /** @param language a BCP 47 tag ({@code vi}, {@code en-US}) or a free-text name; empty when Loa cannot speak it */
    public static Optional<Language> of(final String language) {
        final String primary = Locale.forLanguageTag(language).getLanguage();
        return LANGUAGES.stream().filter(l -> l.language().equals(primary)).findFirst();
    }

    /**
     * The speech settings a bulletin asks for, checked against its language.
     *
     * @param voice   {@code null} or blank: the language's default voice
     * @param rateWpm {@code null}: {@link SpeechSettings#DEFAULT_RATE_WPM}
     * @throws InvalidInputException {@code voice-not-supported} (naming the language's voices) for a voice the
     *                               language does not have, or any voice for a language Loa does not speak;
     *                               {@code rate-out-of-range} outside {@link SpeechSettings#MIN_RATE_WPM} to
     *                               {@link SpeechSettings#MAX_RATE_WPM}
     */
    public static SpeechSettings check(final String language, final String voice, final Integer rateWpm) {
        final int rate = rateWpm == null ? SpeechSettings.DEFAULT_RATE_WPM : rateWpm;
        if (rate < SpeechSettings.MIN_RATE_WPM || rate > SpeechSettings.MAX_RATE_WPM) {
            throw new InvalidInputException("rate-out-of-range", "rateWpm must be between "
                    + SpeechSettings.MIN_RATE_WPM + " and " + SpeechSettings.MAX_RATE_WPM + " words per minute, got "
                    + rate);
        }
        final String wanted = voice == null || voice.isBlank() ? null : voice.strip();
        if (wanted != null) {
            final Optional<Language> spoken = of(language);
            if (spoken.isEmpty()) {
                throw new InvalidInputException("voice-not-supported", "Loa does not speak '" + language
                        + "', so it has no voices; leave voice empty (a recorded bulletin plays its recording)");
            }
            if (!spoken.get().voices().contains(wanted)) {
                throw new InvalidInputException("voice-not-supported", "'" + wanted + "' is not a voice for '"
                        + language + "'; the voices are " + String.join(", ", spoken.get().voices()));
            }
        }
        return new SpeechSettings(wanted, rate);
    }
}
