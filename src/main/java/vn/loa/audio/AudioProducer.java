package vn.loa.audio;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.loa.error.InvalidInputException;

/**
 * Turns an approved bulletin into a stored, tagged MP3: speech, resampling to 16 kHz if needed, trimming the
 * silence around it ({@link SilenceTrimmer}), loudness normalisation ({@link LoudnessNormalizer}), laying out chime
 * and repeats ({@link PlayoutLayout}), MP3 encoding, ID3 tagging, read-back verification, content-addressed storage.
 * Every step is deterministic, so the same request with the same settings gives the same file. The voice and rate
 * shape a spoken bulletin's audio and are written into its tag; a recorded bulletin ignores them. Safe to call from
 * several threads.
 */
@ApplicationScoped
public class AudioProducer {

    private static final Logger LOG = Logger.getLogger(AudioProducer.class);

    private final List<SpeechEngine> engines;
    private final AudioStore store;
    private final MasteringSettings settings;

    /** On-air times of texts spoken for {@link #spokenOnAirMs}. */
    private final SpokenOnAir spokenOnAir = new SpokenOnAir();

    /** Uploaded recordings; injected by CDI (tests that build the producer by hand speak text only). */
    @Inject
    Recordings recordings;

    /** Where speech times go ({@code loa_speech_seconds}); absent in producers built by hand in unit tests. */
    @Inject
    MeterRegistry meters;

    @Inject
    AudioProducer(final Instance<SpeechEngine> engines, final AudioStore store, final MasteringSettings settings) {
        this(engines.stream().toList(), store, settings);
    }

    /** With {@link MasteringSettings#DEFAULT}. */
    AudioProducer(final List<SpeechEngine> engines, final AudioStore store) {
        this(engines, store, MasteringSettings.DEFAULT);
    }

    AudioProducer(final List<SpeechEngine> engines, final AudioStore store, final MasteringSettings settings) {
        this.engines = List.copyOf(engines);
        this.store = store;
        this.settings = settings;
    }

    /**
     * Routes by language: {@code en*} to FreeTTS, {@code vi*} to espeak-ng.
     *
     * @throws InvalidInputException {@code language-not-supported} when no engine speaks the language; nothing is
     *                               stored then, since garbled speech on every loudspeaker is worse than none;
     *                               {@code voice-not-supported} when the engine has no such voice
     * @throws vn.loa.error.UnavailableException when speech, verification or storage fails;
     *                               {@code speech-engine-missing} when the language's engine is not installed
     */
    public StoredAudio produce(final AudioRequest request) {
        final SpeechEngine engine = engineFor(request.language());
        final long start = System.nanoTime();
        final Pcm spokenPcm = speak(engine, request.language(), request.text(), request.speech());
        final PlayoutLayout layout = master(spokenPcm, request.repeats(), settings);
        final String language = Locale.forLanguageTag(request.language()).getISO3Language();
        final SpeechSettings asked = request.speech();
        final SpeechSettings spoken = asked.voice() != null ? asked
                : new SpeechSettings(engine.defaultVoice(), asked.rateWpm());
        return encodeAndStore(layout, request, language, spoken, start);
    }

    /**
     * Speaks, masters and encodes a short text in each language whose engine is installed, storing nothing: the first
     * bulletin after a start — an emergency, perhaps — then does not wait for the voices to load and the encoder to
     * be compiled (BENCHMARKS.md, "A fleet": the first approval after a start took several times the next one's).
     *
     * @return the languages warmed up
     */
    public List<String> warmUp() {
        final List<String> warmed = new java.util.ArrayList<>();
        for (String[] sample : new String[][] {{"en", "Loa is ready."}, {"vi", "Loa đã sẵn sàng."}}) {
            try {
                final SpeechEngine engine = engineFor(sample[0]);
                final PlayoutLayout layout = master(engine.synthesize(sample[1], SpeechSettings.DEFAULT), 1, settings);
                Mp3Encoder.encode(layout, settings.bitrateKbps());
                warmed.add(sample[0]);
            } catch (RuntimeException e) {
                LOG.debugf("no warm-up for %s: %s", sample[0], e.toString());
            }
        }
        return warmed;
    }

    /**
     * A recorded bulletin: the uploaded original ({@link Recordings}) is decoded and mastered exactly like speech
     * (16 kHz, trimmed, normalised, chime and repeats), then encoded, tagged (TLAN the ISO 639 code, or {@code und}
     * plus the language name), verified and stored. Deterministic like {@link #produce}: the same recording and
     * request give the same file.
     *
     * @throws vn.loa.error.UnavailableException when the original is missing or encoding, verification or storage
     *                                           fails
     */
    public StoredAudio produceRecorded(final AudioRequest request, final String recordingSha256,
            final RecordingFormat format) {
        final long start = System.nanoTime();
        final PlayoutLayout layout = master(recordings.decodeStored(recordingSha256, format), request.repeats(), settings);
        return encodeAndStore(layout, request, Id3Language.code(request.language()), null, start);
    }

    /**
     * MP3 encoding, ID3 tag, read-back verification, content-addressed storage.
     *
     * @param spoken the voice (resolved to the engine's default) and rate of speech; {@code null} for a recording
     */
    private StoredAudio encodeAndStore(final PlayoutLayout layout, final AudioRequest request, final String language,
            final SpeechSettings spoken, final long start) {
        final long mastered = System.nanoTime();
        final byte[] mp3 = Mp3Encoder.encode(layout, settings.bitrateKbps());
        final long encoded = System.nanoTime();
        final byte[] file = BulletinTag.of(request, language, spoken).prependTo(mp3);
        try (AudioStore.Staged staged = store.stage(file)) {
            Mp3Verifier.verify(staged.path(), request, layout.durationMs(), settings.bitrateKbps(), spoken);
            staged.commit();
            final long durationMs = Mp3Encoder.playingTimeMs(mp3.length, settings.bitrateKbps());
            LOG.debugf("bulletin %d: %d ms of audio, %d bytes, sha256 %s; speech and mastering %d ms, "
                    + "encoding %d ms, tagging and storing %d ms", request.bulletinId(), durationMs, file.length,
                    staged.sha256(), millis(start, mastered), millis(mastered, encoded),
                    millis(encoded, System.nanoTime()));
            return new StoredAudio(staged.sha256(), file.length, durationMs);
        }
    }

    /**
     * The estimated on-air time of a spoken bulletin, before any audio exists: chime + repeats × speech + pauses +
     * chime, where everything but the speech is exact ({@link OnAirTime}) and the speech is estimated from the
     * text, voice and rate ({@link SpeechEstimate}, typically within 10 %, up to 16 % on a held-out sentence). One
     * formula for every page that shows it.
     *
     * @param repeats how many times the message plays (see {@link AudioRequest#repeats()})
     * @return milliseconds; empty for a language Loa does not speak (only Vietnamese and English)
     */
    public java.util.OptionalLong estimateOnAirMs(final String text, final String language,
            final SpeechSettings speech, final int repeats) {
        if (!SpeechEstimate.speaks(language)) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(OnAirTime.ms(SpeechEstimate.speechMs(text, language, speech), repeats,
                settings));
    }

    /**
     * The on-air time a text would have, before any audio is stored: the text is spoken by the engine that would
     * speak it and laid out as {@link #produce} lays it out (trim, chime, repeats, pauses), without encoding or
     * storing, so the figure is the MP3's playing time to within one 36 ms frame. Speaking is fast (espeak-ng about
     * 250 times, FreeTTS about 180 times real time), so the compose page can ask on every pause in typing; answers
     * are kept ({@link SpokenOnAir}) and at most two texts are spoken for this at once. Where the text cannot be
     * spoken now (engine missing, busy for {@link SpokenOnAir#WAIT}, voice unknown) the text-only
     * {@link #estimateOnAirMs estimate} stands in, and says so.
     *
     * @return empty for a language Loa does not speak (only Vietnamese and English)
     */
    public java.util.Optional<OnAirFigure> spokenOnAirMs(final String text, final String language,
            final SpeechSettings speech, final int repeats) {
        if (!SpeechEstimate.speaks(language)) {
            return java.util.Optional.empty();
        }
        final java.util.OptionalLong spoken = spokenOnAir.get(text, language, speech, repeats, () -> {
            final SpeechEngine engine = engineFor(language);
            return master(speak(engine, language, text, speech), repeats, settings).durationMs();
        });
        if (spoken.isPresent()) {
            return java.util.Optional.of(new OnAirFigure(spoken.getAsLong(), true));
        }
        return java.util.Optional.of(new OnAirFigure(OnAirTime.ms(SpeechEstimate.speechMs(text, language, speech),
                repeats, settings), false));
    }

    /**
     * An on-air time before the MP3 exists.
     *
     * @param ms     milliseconds
     * @param spoken true: the text was spoken and laid out (within a frame of the MP3); false: estimated from the
     *               text alone
     */
    public record OnAirFigure(long ms, boolean spoken) {
    }

    /**
     * The estimated on-air time of a recorded bulletin before it is mastered: the recording's length stands in for
     * the trimmed message, so the silence the trimmer will cut from its ends is the error.
     *
     * @param recordingMs the uploaded recording's length, milliseconds
     * @return milliseconds
     */
    public long estimateRecordedOnAirMs(final long recordingMs, final int repeats) {
        return OnAirTime.ms(recordingMs, repeats, settings);
    }

    /**
     * The real playing time of a stored MP3 (a bulletin's audio or a preview), read from the file's frames; empty
     * when the store has no such file.
     *
     * @return milliseconds
     */
    public java.util.Optional<Long> storedDurationMs(final String sha256) {
        return store.find(sha256).map(Mp3Verifier::durationMs);
    }

    /** Speech → 16 kHz → trim → normalise → chime, repeats and pauses: the layout the encoder gets. */
    static PlayoutLayout master(final Pcm speech, final int repeats, final MasteringSettings settings) {
        final Pcm message = LoudnessNormalizer.normalize(
                SilenceTrimmer.trim(Resampler.resample(speech, Mp3Encoder.SAMPLE_RATE)));
        return PlayoutLayout.assemble(message, repeats, settings);
    }

    /** One text through the engine, timed per language (the timer counts what was spoken, not what failed). */
    private Pcm speak(final SpeechEngine engine, final String language, final String text,
            final SpeechSettings speech) {
        final long start = System.nanoTime();
        final Pcm pcm = engine.synthesize(text, speech);
        if (meters != null) {
            Timer.builder("loa.speech").description("Time the speech engine took to speak one text")
                    .tag("language", Locale.forLanguageTag(language).getLanguage()).register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        return pcm;
    }

    private SpeechEngine engineFor(final String language) {
        return engines.stream()
                .filter(e -> e.supports(language))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("language-not-supported",
                        "Speech in '" + language + "' is not available: Loa speaks only English (en) and "
                                + "Vietnamese (vi). Record the announcement instead."));
    }

    private static long millis(final long fromNanos, final long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
