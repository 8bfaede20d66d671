package vn.loa.audio;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long a speech engine takes to say a text, estimated from the text alone (no engine runs), in milliseconds of
 * trimmed 16 kHz speech: what {@link AudioProducer#master} gets before the chime, repeats and pauses are added.
 *
 * <p>The model, per voice and rate, is {@code ms = perUnit × units + perMinor × minor + perMajor × major + fixed}:
 * units are syllables (Vietnamese: each syllable of the text as espeak-ng is given it, after
 * {@link VietnameseNormalizer}; English: vowel groups of each word), minor pauses are commas, semicolons and colons,
 * major pauses are sentence ends inside the text. The coefficients were fitted by least squares, per voice at 80,
 * 120, 150, 200 and 300 words per minute, to the real trimmed speech of espeak-ng 1.51 (vi, vi-vn-x-central,
 * vi-vn-x-south) and FreeTTS 1.2.2 (kevin16) on the normaliser's corpus, the one-minute benchmark bulletins and
 * fourteen English texts ({@code SpeechEstimateCalibration}); between those rates they are interpolated linearly. On
 * those texts the fit is off by at most 7 to 9 % of a sentence's speech in Vietnamese (1.2 s at 80 words a minute)
 * and 5 to 8 % in English (0.7 s; 9 % on a text left out of the fit, 16 % on one held-out sentence in
 * {@code OnAirEstimateTest}): an estimate, not a measurement. The produced MP3's own duration is the exact figure.
 */
final class SpeechEstimate {

    /** Fitted coefficients of one voice at one rate (words per minute), in milliseconds. */
    record Model(int rateWpm, double perUnit, double perMinor, double perMajor, double fixed) {

        double ms(final Features f) {
            return perUnit * f.units() + perMinor * f.minor() + perMajor * f.major() + fixed;
        }
    }

    /** What the model counts in a text. */
    record Features(int units, int minor, int major) {
    }

    private static final Map<String, List<Model>> MODELS = Map.of(
            "vi", List.of(
                    new Model(80, 380.6, 544.4, 2786.0, 2057.0),
                    new Model(120, 276.1, 372.5, 1640.7, 1216.5),
                    new Model(150, 224.1, 269.0, 1156.2, 882.1),
                    new Model(200, 176.8, 160.6, 608.7, 497.0),
                    new Model(300, 131.8, 83.2, -76.4, -56.2)),
            "vi-vn-x-central", List.of(
                    new Model(80, 368.8, 518.6, 3256.9, 2519.6),
                    new Model(120, 269.1, 339.8, 1930.0, 1495.4),
                    new Model(150, 217.5, 238.5, 1410.5, 1136.7),
                    new Model(200, 169.2, 115.2, 902.1, 801.8),
                    new Model(300, 125.9, 54.2, 124.7, 150.0)),
            "vi-vn-x-south", List.of(
                    new Model(80, 415.0, 393.3, 2530.4, 1855.4),
                    new Model(120, 299.1, 260.4, 1469.0, 1075.6),
                    new Model(150, 241.0, 172.0, 1042.5, 797.0),
                    new Model(200, 183.3, 111.3, 633.8, 536.0),
                    new Model(300, 132.8, 50.9, -18.0, 10.8)),
            "kevin16", List.of(
                    new Model(80, 334.2, 1016.7, 802.4, 789.9),
                    new Model(120, 223.4, 684.8, 515.5, 572.1),
                    new Model(150, 179.0, 549.1, 400.4, 477.9),
                    new Model(200, 134.4, 412.0, 294.8, 371.0),
                    new Model(300, 90.2, 282.8, 171.8, 261.7)));

    private SpeechEstimate() {
    }

    /** Vietnamese (espeak-ng) and English (FreeTTS) only, as {@link AudioProducer} routes them. */
    static boolean speaks(final String language) {
        final String l = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
        return "vi".equals(l) || "en".equals(l);
    }

    static boolean isVietnamese(final String language) {
        return "vi".equals(Locale.forLanguageTag(language).getLanguage());
    }

    /**
     * @param speech the voice ({@code null}: the language's default) and rate
     * @return milliseconds of trimmed speech, at least 0
     */
    static long speechMs(final String text, final String language, final SpeechSettings speech) {
        final boolean vi = isVietnamese(language);
        final String voice = speech.voice() != null && MODELS.containsKey(speech.voice()) ? speech.voice()
                : vi ? EspeakEngine.DEFAULT_VOICE : FreeTtsEngine.VOICE_NAME;
        final Features f = features(vi ? VietnameseNormalizer.normalize(text) : text, vi);
        return Math.max(0, Math.round(interpolate(MODELS.get(voice), speech.rateWpm(), f)));
    }

    /** Linear in the rate between the two fitted rates around it; the nearest fitted rate outside them. */
    private static double interpolate(final List<Model> models, final int rateWpm, final Features f) {
        Model below = models.get(0);
        if (rateWpm <= below.rateWpm()) {
            return below.ms(f);
        }
        for (Model above : models) {
            if (rateWpm <= above.rateWpm()) {
                final double share = (double) (rateWpm - below.rateWpm()) / (above.rateWpm() - below.rateWpm());
                return below.ms(f) + share * (above.ms(f) - below.ms(f));
            }
            below = above;
        }
        return below.ms(f);
    }

    /** @param spoken the text as the engine is given it */
    static Features features(final String spoken, final boolean vietnamese) {
        int units = 0;
        int minor = 0;
        int major = 0;
        final String[] tokens = spoken.strip().split("\\s+");
        for (int t = 0; t < tokens.length; t++) {
            final String token = tokens[t];
            if (token.isEmpty()) {
                continue;
            }
            for (String part : token.split("-")) {
                units += vietnamese ? (hasLetterOrDigit(part) ? 1 : 0) : englishSyllables(part);
            }
            final char last = token.charAt(token.length() - 1);
            if (t < tokens.length - 1) {
                if (last == ',' || last == ';' || last == ':') {
                    minor++;
                } else if (last == '.' || last == '!' || last == '?') {
                    major++;
                }
            }
        }
        return new Features(units, minor, major);
    }

    private static boolean hasLetterOrDigit(final String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Vowel groups, a silent final e dropped, at least one per word with a letter; digits count one a digit. */
    static int englishSyllables(final String word) {
        final String w = word.toLowerCase(Locale.ROOT);
        int groups = 0;
        boolean inVowel = false;
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            final char c = w.charAt(i);
            if (Character.isDigit(c)) {
                groups++;
                inVowel = false;
                continue;
            }
            if (!Character.isLetter(c)) {
                inVowel = false;
                continue;
            }
            letters++;
            final boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        final String bare = w.replaceAll("[^\\p{L}]+$", "");
        if (groups > 1 && bare.endsWith("e") && !bare.endsWith("le") && !bare.endsWith("ee")) {
            groups--;
        }
        return letters > 0 && groups == 0 ? 1 : groups;
    }
}
