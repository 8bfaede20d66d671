package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mpatric.mp3agic.Mp3File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.error.InvalidInputException;
import vn.loa.error.UnavailableException;

/**
 * The whole pipeline with the real FreeTTS voice (about a second per test once the voice is loaded) and, where it
 * is installed, the real espeak-ng.
 */
class AudioProducerTest {

    private static final FreeTtsEngine FREE_TTS = new FreeTtsEngine(1);
    private static final String TEXT = "Attention please. A flash flood warning is in force for Ma village. "
            + "Move livestock to higher ground before six this evening.";

    @TempDir
    Path dataDir;

    @AfterAll
    static void releaseVoice() {
        FREE_TTS.close();
    }

    private AudioProducer producer(final SpeechEngine engine) {
        return new AudioProducer(List.of(engine), new AudioStore(dataDir));
    }

    private List<Path> storedFiles() throws Exception {
        if (!Files.exists(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void produce_english_storesVerifiedTaggedMp3() throws Exception {
        final StoredAudio audio = producer(FREE_TTS).produce(TestAudio.request(TEXT, "en-US"));
        final Path file = new AudioStore(dataDir).find(audio.sha256()).orElseThrow();
        assertEquals(AudioStore.sha256(Files.readAllBytes(file)), audio.sha256());
        assertEquals(Files.size(file), audio.bytes());
        final Mp3File mp3 = new Mp3File(file);
        // mp3agic 0.9.1 may leave the last 36 ms frame uncounted
        assertTrue(audio.durationMs() - mp3.getLengthInMilliseconds() <= 36);
        assertTrue(audio.durationMs() > 4_000, "about 8 s of speech, got " + audio.durationMs() + " ms");
        assertEquals(TestAudio.VIETNAMESE_TITLE, mp3.getId3v2Tag().getTitle());
    }

    @Test
    void produce_sameRequestTwice_sameShaStoredOnce() throws Exception {
        final AudioProducer producer = producer(FREE_TTS);
        final StoredAudio first = producer.produce(TestAudio.request(TEXT, "en"));
        final StoredAudio second = producer.produce(TestAudio.request(TEXT, "en"));
        assertEquals(first, second);
        assertEquals(1, storedFiles().size(), "one file, no temporary leftovers");
    }

    @Test
    void produce_unsupportedLanguage_throwsLanguageNotSupportedAndStoresNothing() throws Exception {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> producer(FREE_TTS).produce(TestAudio.request("ระวังน้ำท่วม", "th")));
        assertEquals("language-not-supported", e.code());
        assertTrue(e.getMessage().contains("only English (en) and Vietnamese (vi)"), e.getMessage());
        assertTrue(storedFiles().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"en,freetts", "en-US,freetts", "vi,espeak", "vi-VN,espeak"})
    void produce_language_routedToItsEngine(final String language, final String expectedEngine) {
        final List<String> used = new ArrayList<>();
        final AudioProducer producer = new AudioProducer(
                List.of(new FakeEngine("en", "freetts", used), new FakeEngine("vi", "espeak", used)),
                new AudioStore(dataDir));
        producer.produce(TestAudio.request("text", language));
        assertEquals(List.of(expectedEngine), used);
    }

    @Test
    void produce_vietnameseWithEspeakMissing_throwsEngineMissingAndStoresNothing() throws Exception {
        final EspeakEngine missing = new EspeakEngine(
                new EspeakBinary(dataDir.resolve("no-espeak-ng").toString(), ""), Duration.ofSeconds(60));
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> producer(missing).produce(TestAudio.request("Cảnh báo lũ quét.", "vi-VN")));
        assertEquals("speech-engine-missing", e.code());
        assertTrue(e.getMessage().contains("apt-get install espeak-ng"), e.getMessage());
        assertTrue(storedFiles().isEmpty());
    }

    @Test
    void produce_englishWhileEspeakMissing_stillWorks() {
        final EspeakEngine missing = new EspeakEngine(
                new EspeakBinary(dataDir.resolve("no-espeak-ng").toString(), ""), Duration.ofSeconds(60));
        final AudioProducer producer = new AudioProducer(List.of(missing, FREE_TTS), new AudioStore(dataDir));
        assertTrue(producer.produce(TestAudio.request(TEXT, "en")).durationMs() > 4_000);
    }

    @Test
    void warmUp_englishWhileEspeakMissing_warmsEnglishAndStoresNothing() throws Exception {
        final EspeakEngine missing = new EspeakEngine(
                new EspeakBinary(dataDir.resolve("no-espeak-ng").toString(), ""), Duration.ofSeconds(60));
        final AudioProducer producer = new AudioProducer(List.of(missing, FREE_TTS), new AudioStore(dataDir));
        assertEquals(List.of("en"), producer.warmUp());
        assertTrue(storedFiles().isEmpty());
    }

    @Test
    void warmUp_bothEngines_warmsBoth() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng is not installed");
        final EspeakEngine espeak = new EspeakEngine(new EspeakBinary("/usr/bin/espeak-ng", ""),
                Duration.ofSeconds(60));
        assertEquals(List.of("en", "vi"), new AudioProducer(List.of(espeak, FREE_TTS), new AudioStore(dataDir))
                .warmUp());
    }

    @Test
    void produce_vietnameseSameRequestTwice_sameSha() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng is not installed");
        final EspeakEngine espeak = new EspeakEngine(new EspeakBinary("/usr/bin/espeak-ng", ""),
                Duration.ofSeconds(60));
        final AudioRequest request = new AudioRequest("Cảnh báo lũ quét: mưa 100-150mm từ 18h.", "vi-VN",
                TestAudio.VIETNAMESE_TITLE, 42, "Nguyễn Thị Hoa", TestAudio.APPROVED_AT,
                SpeechSettings.of("vi-vn-x-central", 130));
        final StoredAudio first = producer(espeak).produce(request);
        assertEquals(first, producer(espeak).produce(request));
        assertTrue(first.durationMs() > 2_000, first.durationMs() + " ms");
    }

    @Test
    void produce_englishVoiceAndRate_taggedAndAddressedBySettings() throws Exception {
        final AudioProducer producer = producer(FREE_TTS);
        final StoredAudio byDefault = producer.produce(TestAudio.request(TEXT, "en"));
        final StoredAudio namedDefault = producer.produce(request(TEXT, "en", SpeechSettings.of("kevin16", 150)));
        assertEquals(byDefault, namedDefault, "the default voice named or not: the same file");
        final StoredAudio faster = producer.produce(request(TEXT, "en", SpeechSettings.of("kevin16", 220)));
        assertTrue(!faster.sha256().equals(byDefault.sha256()), "another rate, another file");
        assertTrue(faster.durationMs() < byDefault.durationMs(), faster + " vs " + byDefault);
        assertEquals(Map.of("voice", "kevin16", "rate", "220"), voiceAndRate(faster));
        assertEquals(Map.of("voice", "kevin16", "rate", "150"), voiceAndRate(byDefault));
    }

    @Test
    void produce_vietnameseVoiceAndRate_taggedAndAddressedBySettings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng is not installed");
        final AudioProducer producer = producer(new EspeakEngine(new EspeakBinary("/usr/bin/espeak-ng", ""),
                Duration.ofSeconds(60)));
        final String text = "Thông báo: ngày mai thôn Má họp dân lúc 8 giờ sáng tại nhà văn hóa.";
        final StoredAudio south120 = producer.produce(request(text, "vi", SpeechSettings.of("vi-vn-x-south", 120)));
        assertEquals(south120, producer.produce(request(text, "vi", SpeechSettings.of("vi-vn-x-south", 120))));
        final StoredAudio south180 = producer.produce(request(text, "vi", SpeechSettings.of("vi-vn-x-south", 180)));
        final StoredAudio central120 = producer.produce(request(text, "vi",
                SpeechSettings.of("vi-vn-x-central", 120)));
        final StoredAudio byDefault = producer.produce(request(text, "vi", SpeechSettings.DEFAULT));
        assertEquals(4, java.util.Set.of(south120.sha256(), south180.sha256(), central120.sha256(),
                byDefault.sha256()).size(), "each voice and rate its own file");
        assertTrue(south120.durationMs() > south180.durationMs(), south120 + " vs " + south180);
        assertEquals(Map.of("voice", "vi-vn-x-south", "rate", "120"), voiceAndRate(south120));
        assertEquals(Map.of("voice", "vi", "rate", "150"), voiceAndRate(byDefault));
    }

    private static AudioRequest request(final String text, final String language, final SpeechSettings speech) {
        return new AudioRequest(text, language, TestAudio.VIETNAMESE_TITLE, 42, "Nguyễn Thị Hoa",
                TestAudio.APPROVED_AT, speech);
    }

    private Map<String, String> voiceAndRate(final StoredAudio audio) throws Exception {
        final Map<String, String> texts = BulletinTag.userTexts(
                new Mp3File(new AudioStore(dataDir).find(audio.sha256()).orElseThrow()).getId3v2Tag());
        final Map<String, String> out = new java.util.HashMap<>();
        out.put("voice", texts.get(BulletinTag.VOICE));
        out.put("rate", texts.get(BulletinTag.RATE_WPM));
        return out;
    }

    @Test
    void produce_engineAt22050Hz_resamplesTo16kHz() throws Exception {
        final SpeechEngine fake = new SpeechEngine() {
            @Override
            public boolean supports(final String language) {
                return true;
            }

            @Override
            public Pcm synthesize(final String text, final SpeechSettings settings) {
                return TestAudio.tone(3_000, 22_050);
            }
        };
        final AudioProducer producer = new AudioProducer(List.of(fake), new AudioStore(dataDir),
                new MasteringSettings(false, 1_500, 32));
        final StoredAudio audio = producer.produce(new AudioRequest("tone", "vi", TestAudio.VIETNAMESE_TITLE, 42,
                "Nguyễn Thị Hoa", TestAudio.APPROVED_AT, SpeechSettings.DEFAULT, 1));
        final Mp3File mp3 = new Mp3File(new AudioStore(dataDir).find(audio.sha256()).orElseThrow());
        assertEquals(16_000, mp3.getSampleRate());
        assertTrue(audio.durationMs() >= 3_036 && audio.durationMs() <= 3_036 + Mp3Encoder.FRAME_MS,
                audio.durationMs() + " ms: the tone after the part's 36 ms gap, up to a whole frame");
    }

    /** Silence around the speech is trimmed to 100 ms, then chime + 3 × message + 2 × pause + chime. */
    @Test
    void produce_threeRepeatsWithChime_durationOfTheProgramme() throws Exception {
        final SpeechEngine engine = new SpeechEngine() {
            @Override
            public boolean supports(final String language) {
                return true;
            }

            @Override
            public Pcm synthesize(final String text, final SpeechSettings settings) {
                final short[] tone = TestAudio.tone(2_000, 16_000).samples();
                final short[] samples = new short[tone.length + 16_000]; // 500 ms of silence each side
                System.arraycopy(tone, 0, samples, 8_000, tone.length);
                return new Pcm(samples, 16_000);
            }
        };
        final AudioProducer producer = new AudioProducer(List.of(engine), new AudioStore(dataDir),
                new MasteringSettings(true, 1_000, 48));
        final StoredAudio audio = producer.produce(new AudioRequest("tone", "en", TestAudio.VIETNAMESE_TITLE, 42,
                "Nguyễn Thị Hoa", TestAudio.APPROVED_AT, SpeechSettings.DEFAULT, AudioRequest.EMERGENCY_REPEATS));
        // each part begins with a 36 ms gap and ends on a whole frame; the pause includes the gap
        final long expectedPcmMs = 2 * (36 + 1_200) + (36 + 2_000 + 200) + 2 * (1_000 + 2_000 + 200);
        assertTrue(audio.durationMs() >= expectedPcmMs && audio.durationMs() <= expectedPcmMs + 5 * Mp3Encoder.FRAME_MS,
                audio.durationMs() + " ms: the programme, each of its 5 parts rounded up to a frame");
        final Mp3File mp3 = new Mp3File(new AudioStore(dataDir).find(audio.sha256()).orElseThrow());
        assertEquals(48, mp3.getBitrate());
    }

    /** Speaks a tone for one language and records that it was used. */
    private record FakeEngine(String language, String name, List<String> used) implements SpeechEngine {

        @Override
        public boolean supports(final String tag) {
            return language.equals(java.util.Locale.forLanguageTag(tag).getLanguage());
        }

        @Override
        public Pcm synthesize(final String text, final SpeechSettings settings) {
            used.add(name);
            return TestAudio.tone(1_000, 16_000);
        }
    }
}
