package vn.loa.audio;

import java.util.regex.Pattern;
import vn.loa.error.InvalidInputException;

/**
 * How to speak a bulletin: which voice and how fast. Part of what the audio bytes depend on, so the same text with
 * the same settings always gives the same file. Valid once constructed.
 *
 * @param voice   an engine voice name such as {@code vi-vn-x-south}, or {@code null} for the default voice of the
 *                bulletin's language; which names exist depends on the engine (see {@link EspeakEngine#VOICES})
 * @param rateWpm speaking rate in words per minute
 */
public record SpeechSettings(String voice, int rateWpm) {

    /**
     * Words per minute. 150 is FreeTTS's own default (so English audio is unchanged) and a little slower than
     * espeak-ng's 175, which suits horn loudspeakers whose echo between villages blurs fast speech.
     */
    public static final int DEFAULT_RATE_WPM = 150;
    /** espeak-ng refuses to go slower than 80 words per minute. */
    public static final int MIN_RATE_WPM = 80;
    /** Faster than this is hard to follow outdoors, whatever the engine can do (espeak-ng goes to 450). */
    public static final int MAX_RATE_WPM = 300;
    /** The default voice of each language at the default rate. */
    public static final SpeechSettings DEFAULT = new SpeechSettings(null, DEFAULT_RATE_WPM);

    /** Voice names are passed to a speech process as an argument: letters, digits and inner hyphens only. */
    private static final Pattern VOICE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SpeechSettings {
        if (voice != null && (voice.length() > 40 || !VOICE_NAME.matcher(voice).matches())) {
            throw invalid("voice must be lowercase letters, digits and hyphens (such as vi-vn-x-south), got '"
                    + voice + "'");
        }
        if (rateWpm < MIN_RATE_WPM || rateWpm > MAX_RATE_WPM) {
            throw invalid("rateWpm must be between " + MIN_RATE_WPM + " and " + MAX_RATE_WPM + ", got " + rateWpm);
        }
    }

    /** @param voice {@code null} for the language's default voice */
    public static SpeechSettings of(final String voice, final int rateWpm) {
        return new SpeechSettings(voice, rateWpm);
    }

    private static InvalidInputException invalid(final String message) {
        return new InvalidInputException("audio-request-invalid", message);
    }
}
