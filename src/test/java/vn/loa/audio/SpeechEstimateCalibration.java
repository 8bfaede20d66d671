package vn.loa.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Measures real speech lengths against {@link SpeechEstimate}'s features: every text of the normaliser's corpus,
 * the benchmark's one-minute bulletins and a few English texts, at several rates and voices; prints one CSV line
 * each ({@code language,voice,rate,units,minor,major,measuredMs,estimatedMs}) for a least-squares fit. Needs espeak-ng.
 * Run: {@code mvn -B -o -q test -Dtest=SpeechEstimateCalibration}; not named *Test, so the suite skips it.
 */
class SpeechEstimateCalibration {

    static final List<String> ENGLISH = List.of(
            AudioBenchmark.ENGLISH,
            "Attention please. The commune meeting starts at seven thirty this evening at the cultural house.",
            "Vaccination for children under five years old takes place at the health station on Saturday morning, "
                    + "from seven to eleven. Bring the vaccination book and the health insurance card.",
            "Heavy rain is expected tonight; water in the streams may rise quickly. Do not cross the spillway, and "
                    + "move cattle to higher ground before dark.",
            "Thank you.",
            "The harvest rental price is three hundred and fifty thousand dong per plot, paid to the cooperative "
                    + "before the thirtieth of October. Families who need help should tell the village head.",
            "The water supply will be cut on Tuesday from eight in the morning until noon; please store water tonight.",
            "Cold air arrives tomorrow. Cover the stables, keep buffaloes inside, and do not burn charcoal in a closed "
                    + "room.",
            "Students of the secondary school stay at home on Monday and Tuesday because of the storm.",
            "Market day moves from Sunday to Saturday this week only.",
            "Please bring your identity card, your household book and two photos to the commune police office "
                    + "before the fifteenth of December; the fee is free of charge.",
            "Fire risk is very high. Do not burn fields, do not leave fires in the forest, and report any smoke to "
                    + "the forest ranger at once.",
            "Road thirty two is closed at Khau Pha pass because of a landslide about three kilometres long; trucks "
                    + "must wait at the checkpoint.",
            "Good morning. Here is the commune news for Friday.");

    /** Only on demand ({@code -Dtest=SpeechEstimateCalibration}); writes {@code target/speech-calibration.csv}. */
    @Test
    void measure() throws IOException {
        final StringBuilder out = new StringBuilder();
        run(out);
        Files.writeString(Path.of("target", "speech-calibration.csv"), out);
    }

    static List<String> vietnamese() {
        final List<String> texts = new ArrayList<>();
        VietnameseNormalizerCorpusTest.bulletins().map(Arguments::get).forEach(a -> texts.add((String) a[0]));
        texts.add(AudioBenchmark.VIETNAMESE);
        texts.add(String.join(" ", texts.subList(0, 6)));
        return texts;
    }

    static void run(final StringBuilder out) {
        final int[] rates = {80, 120, 150, 200, 300};
        final boolean englishOnly = Boolean.getBoolean("calibrate.englishOnly");
        final SpeechEngine vi = new EspeakEngine(EspeakBinary.onSystemPath("espeak-ng"), Duration.ofSeconds(60));
        final SpeechEngine en = new FreeTtsEngine(1);
        out.append("language,voice,rate,units,minor,major,measuredMs,estimatedMs,chars\n");
        for (String voice : englishOnly ? List.<String>of() : List.of("vi", "vi-vn-x-central", "vi-vn-x-south")) {
            for (int rate : rates) {
                for (String text : vietnamese()) {
                    line(out, vi, "vi", voice, rate, text);
                }
            }
        }
        for (int rate : rates) {
            for (String text : ENGLISH) {
                line(out, en, "en", "kevin16", rate, text);
            }
        }
    }

    private static void line(final StringBuilder out, final SpeechEngine engine, final String language, final String voice, final int rate,
            final String text) {
        final SpeechSettings speech = new SpeechSettings(voice, rate);
        final long measured = trimmedMs(engine.synthesize(text, speech));
        final boolean isVi = "vi".equals(language);
        final SpeechEstimate.Features f = SpeechEstimate.features(isVi ? VietnameseNormalizer.normalize(text) : text,
                isVi);
        out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%d%n", language, voice, rate, f.units(), f.minor(),
                f.major(), measured, SpeechEstimate.speechMs(text, language, speech), text.length()));
    }

    /** What the mastering keeps of the speech, in milliseconds: 16 kHz, silence trimmed. */
    static long trimmedMs(final Pcm speech) {
        final Pcm trimmed = SilenceTrimmer.trim(Resampler.resample(speech, Mp3Encoder.SAMPLE_RATE));
        return trimmed.samples().length * 1000L / trimmed.sampleRate();
    }
}
