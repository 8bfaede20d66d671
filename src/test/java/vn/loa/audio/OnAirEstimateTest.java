package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-air estimate against MP3s the real pipeline produces (FreeTTS for English, espeak-ng for Vietnamese where
 * it is installed). Two claims, tested apart: the layout ({@link OnAirTime}) is exact given the real speech length,
 * and the text-only estimate ({@link AudioProducer#estimateOnAirMs}) is within a second for most bulletins of a
 * sentence or two, but not for every text (up to 16 % off on a held-out English sentence) nor for long bulletins
 * (its error is repeated with the message): there the tests pin the honest bound. So the pages show the spoken figure
 * ({@link AudioProducer#spokenOnAirMs}: the text spoken and laid out, not encoded), held here to the layout's
 * tolerance against the MP3 for those very texts, and fall back to the estimate (marked ≈) only when the text cannot
 * be spoken at that moment.
 */
class OnAirEstimateTest {

    private static final FreeTtsEngine FREE_TTS = new FreeTtsEngine(1);
    private static final Path ESPEAK = Path.of("/usr/bin/espeak-ng");
    /** One 36 ms frame per repeat, and one more where the message is split in two halves. */
    private static final long LAYOUT_TOLERANCE_MS = 150;

    @TempDir
    Path dataDir;

    @AfterAll
    static void releaseVoice() {
        FREE_TTS.close();
    }

    private static EspeakEngine espeak() {
        assumeTrue(Files.isExecutable(ESPEAK), "espeak-ng is not installed");
        return new EspeakEngine(new EspeakBinary(ESPEAK.toString(), ""), Duration.ofSeconds(60));
    }

    private StoredAudio produce(final SpeechEngine engine, final String text, final String language,
            final SpeechSettings speech, final int repeats) {
        return new AudioProducer(List.of(engine), new AudioStore(dataDir)).produce(new AudioRequest(text, language,
                "Thông báo", 7, "Nguyễn Thị Hoa", TestAudio.APPROVED_AT, speech, repeats));
    }

    private static long estimate(final String text, final String language, final SpeechSettings speech,
            final int repeats) {
        return new AudioProducer(List.of(), null).estimateOnAirMs(text, language, speech, repeats).orElseThrow();
    }

    @Test
    void ms_realSpeechLength_matchesTheProducedMp3() {
        final String text = "Attention please. The commune meeting starts at seven thirty this evening.";
        final SpeechSettings speech = SpeechSettings.of(null, 150);
        for (int repeats : new int[] {1, 2, 3}) {
            final long speechMs = SpeechEstimateCalibration.trimmedMs(FREE_TTS.synthesize(text, speech));
            final long mp3 = produce(FREE_TTS, text, "en", speech, repeats).durationMs();
            final long layout = OnAirTime.ms(speechMs, repeats, MasteringSettings.DEFAULT);
            assertTrue(Math.abs(layout - mp3) <= LAYOUT_TOLERANCE_MS, repeats + " repeats: layout " + layout
                    + " ms, MP3 " + mp3 + " ms");
        }
    }

    @Test
    void ms_noChimeNoPause_isTheRepeatedSpeechAlone() {
        final MasteringSettings bare = new MasteringSettings(false, 0, 32);
        // 1000 ms of speech plus the 36 ms gap, rounded up to 29 frames of 36 ms
        assertEquals(2 * 29 * 36, OnAirTime.ms(1_000, 2, bare));
    }

    @Test
    void ms_defaultSettings_chimesAndPauseAreExact() {
        // chime: 19 200 samples + 576 gap → 35 frames = 1260 ms, twice; pause: 24 000 − 576 → 41 frames = 1476 ms
        final long oneSecond = OnAirTime.ms(1_000, 1, MasteringSettings.DEFAULT);
        assertEquals(2 * 1_260 + 29 * 36, oneSecond);
        assertEquals(oneSecond + 29 * 36 + 1_476, OnAirTime.ms(1_000, 2, MasteringSettings.DEFAULT));
    }

    @Test
    void estimateOnAirMs_shortEnglish_withinOneSecondOfTheMp3() {
        for (String text : List.of("Attention please. The commune meeting starts at seven thirty this evening.",
                "Heavy rain is expected tonight; do not cross the spillway.")) {
            for (int rate : new int[] {100, 150, 220}) {
                final SpeechSettings speech = SpeechSettings.of(null, rate);
                assertWithin(1_000, estimate(text, "en", speech, 2),
                        produce(FREE_TTS, text, "en", speech, 2).durationMs(), text + " at " + rate);
            }
        }
    }

    @Test
    void estimateOnAirMs_shortVietnamese_withinOneSecondOfTheMp3() {
        final EspeakEngine espeak = espeak();
        final List<String> texts = List.of(
                "Bà con thôn Mường Kim không đi qua ngầm tràn, di chuyển gia súc lên chỗ cao trước 17:00.",
                "Tuyến QL32 đoạn qua đèo Khau Phạ sạt lở khoảng 3 km, cấm xe từ 18h hôm nay.",
                "Mời bà con dự họp thôn lúc 19 giờ 30 tối thứ sáu tại nhà văn hóa.");
        for (String text : texts) {
            for (SpeechSettings speech : List.of(SpeechSettings.of(null, 150), SpeechSettings.of("vi-vn-x-south", 130),
                    SpeechSettings.of("vi-vn-x-central", 180))) {
                assertWithin(1_000, estimate(text, "vi", speech, 2), produce(espeak, text, "vi", speech, 2).durationMs(),
                        text + " " + speech);
            }
        }
    }

    @Test
    void estimateOnAirMs_oneMinuteBulletins_withinTenPercentNotOneSecond() {
        final SpeechSettings speech = SpeechSettings.of(null, 150);
        final long en = produce(FREE_TTS, AudioBenchmark.ENGLISH, "en", speech, 2).durationMs();
        assertWithin(en / 10, estimate(AudioBenchmark.ENGLISH, "en", speech, 2), en, "English, one minute");
        final EspeakEngine espeak = espeak();
        final long vi = produce(espeak, AudioBenchmark.VIETNAMESE, "vi", speech, 3).durationMs();
        assertWithin(vi / 10, estimate(AudioBenchmark.VIETNAMESE, "vi", speech, 3), vi, "Vietnamese, one minute");
    }

    /**
     * Texts the coefficients were not fitted on, at rates between the fitted ones. Where ±1 s fails: measured on
     * 2026-12-07, "Trạm y tế xã thông báo: … vitamin A …" at 100 words a minute was 1 008 ms short of its 28.3 s MP3
     * (espeak-ng spells the foreign word), so held-out Vietnamese bulletins are held to 1 s or 4 %, whichever is
     * larger; the other held-out cases were within 0.3 s.
     */
    @Test
    void estimateOnAirMs_heldOutVietnamese_withinOneSecondOrFourPercent() {
        final EspeakEngine espeak = espeak();
        final List<String> vietnamese = List.of(
                "Sáng mai, thứ bảy, bà con thôn Nà Hiêu tập trung tại nhà văn hóa lúc 7 giờ để dọn vệ sinh đường làng.",
                "Trạm y tế xã thông báo: trẻ em từ 6 đến 36 tháng tuổi được uống vitamin A miễn phí vào ngày 15/12.");
        final List<SpeechSettings> rates = List.of(SpeechSettings.of(null, 100), SpeechSettings.of("vi-vn-x-south", 170),
                SpeechSettings.of("vi-vn-x-central", 250));
        for (String text : vietnamese) {
            for (SpeechSettings speech : rates) {
                final long mp3 = produce(espeak, text, "vi", speech, 2).durationMs();
                assertWithin(Math.max(1_000, mp3 * 4 / 100), estimate(text, "vi", speech, 2), mp3,
                        "held out: " + text + " " + speech);
            }
        }
    }

    /**
     * Where the estimate fails most: a held-out English sentence that FreeTTS says faster than the fit expects. On
     * 2026-12-07 the estimate was 1.9 s long at 150 words a minute (15.0 s MP3) and 3.0 s long at 110 (18.9 s MP3),
     * 12 to 16 %. Held to 20 % so a worse fit fails; the pages call the figure an estimate and show the MP3's real
     * duration after listening.
     */
    @Test
    void estimateOnAirMs_heldOutEnglishSentence_withinTwentyPercentOnly() {
        final String english = "The bridge over the Lo river is closed for repairs until Sunday evening; use the "
                + "ferry at Na Hang instead.";
        for (int rate : new int[] {110, 150, 220}) {
            final SpeechSettings speech = SpeechSettings.of(null, rate);
            final long mp3 = produce(FREE_TTS, english, "en", speech, 2).durationMs();
            assertWithin(mp3 / 5, estimate(english, "en", speech, 2), mp3, "held out: " + english + " at " + rate);
        }
    }

    /**
     * A held-out paragraph of about 25 s, heard three times (86 s on air): the estimate was 2.05 s (2.4 %) long on
     * 2026-12-07, so ±1 s does not hold for long bulletins; held to 10 %. The pages say "estimate" and show the MP3's
     * real duration after listening.
     */
    @Test
    void estimateOnAirMs_heldOutParagraph_withinTenPercent() {
        final EspeakEngine espeak = espeak();
        final String text = "Thông báo của Ban chỉ huy phòng chống thiên tai xã. Do ảnh hưởng của không khí lạnh, "
                + "đêm nay và sáng mai nhiệt độ vùng núi cao có thể xuống dưới 3 độ, có nơi có băng giá. Đề nghị bà "
                + "con che chắn chuồng trại, đưa trâu bò về nơi kín gió, không thả rông gia súc lên núi. Người già và "
                + "trẻ nhỏ cần mặc đủ ấm, không đốt than sưởi trong phòng kín. Xin cảm ơn.";
        final SpeechSettings speech = SpeechSettings.of("vi-vn-x-south", 140);
        final long mp3 = produce(espeak, text, "vi", speech, 3).durationMs();
        assertWithin(mp3 / 10, estimate(text, "vi", speech, 3), mp3, "held out paragraph");
    }

    /** The compose page's figure: the text spoken and laid out, not encoded. */
    private AudioProducer.OnAirFigure spoken(final SpeechEngine engine, final String text, final String language,
            final SpeechSettings speech, final int repeats) {
        return new AudioProducer(List.of(engine), new AudioStore(dataDir)).spokenOnAirMs(text, language, speech,
                repeats).orElseThrow();
    }

    /**
     * What the text-only estimate cannot promise, the spoken figure does: within a second (in fact one 36 ms frame,
     * which mp3agic misses when the frame count is odd) of the MP3 for the long texts where the estimate was 2 to
     * 3 s off: the held-out 86 s paragraph, the held-out English sentence, the one-minute bulletins of both languages.
     */
    @Test
    void spokenOnAirMs_longAndHeldOutTexts_withinOneSecondOfTheMp3() {
        final SpeechSettings en150 = SpeechSettings.of(null, 150);
        final String english = "The bridge over the Lo river is closed for repairs until Sunday evening; use the "
                + "ferry at Na Hang instead.";
        for (SpeechSettings speech : List.of(SpeechSettings.of(null, 110), en150)) {
            assertSpokenWithin(FREE_TTS, english, "en", speech, 2);
        }
        assertSpokenWithin(FREE_TTS, AudioBenchmark.ENGLISH, "en", en150, 2);
        final EspeakEngine espeak = espeak();
        assertSpokenWithin(espeak, AudioBenchmark.VIETNAMESE, "vi", en150, 3);
        final String paragraph = "Thông báo của Ban chỉ huy phòng chống thiên tai xã. Do ảnh hưởng của không khí lạnh, "
                + "đêm nay và sáng mai nhiệt độ vùng núi cao có thể xuống dưới 3 độ, có nơi có băng giá. Đề nghị bà "
                + "con che chắn chuồng trại, đưa trâu bò về nơi kín gió, không thả rông gia súc lên núi. Người già và "
                + "trẻ nhỏ cần mặc đủ ấm, không đốt than sưởi trong phòng kín. Xin cảm ơn.";
        assertSpokenWithin(espeak, paragraph, "vi", SpeechSettings.of("vi-vn-x-south", 140), 3);
        assertSpokenWithin(espeak, "Trạm y tế xã thông báo: trẻ em từ 6 đến 36 tháng tuổi được uống vitamin A miễn phí"
                + " vào ngày 15/12.", "vi", SpeechSettings.of(null, 100), 2);
    }

    private void assertSpokenWithin(final SpeechEngine engine, final String text, final String language,
            final SpeechSettings speech, final int repeats) {
        final AudioProducer.OnAirFigure figure = spoken(engine, text, language, speech, repeats);
        assertTrue(figure.spoken(), "spoken, not estimated: " + text);
        final long mp3 = produce(engine, text, language, speech, repeats).durationMs();
        assertWithin(LAYOUT_TOLERANCE_MS, figure.ms(), mp3, "spoken: " + text + " " + speech);
    }

    @Test
    void spokenOnAirMs_askedAgain_answersWithoutSpeaking() {
        final java.util.concurrent.atomic.AtomicInteger spoken = new java.util.concurrent.atomic.AtomicInteger();
        final SpeechEngine counting = new SpeechEngine() {
            @Override
            public boolean supports(final String language) {
                return FREE_TTS.supports(language);
            }

            @Override
            public Pcm synthesize(final String text, final SpeechSettings speech) {
                spoken.incrementAndGet();
                return FREE_TTS.synthesize(text, speech);
            }
        };
        final AudioProducer producer = new AudioProducer(List.of(counting), new AudioStore(dataDir));
        final SpeechSettings speech = SpeechSettings.of(null, 150);
        final long first = producer.spokenOnAirMs("Water is rising at the ford.", "en", speech, 2).orElseThrow().ms();
        assertEquals(first, producer.spokenOnAirMs("Water is rising at the ford.", "en", speech, 2).orElseThrow().ms());
        assertEquals(1, spoken.get());
        producer.spokenOnAirMs("Water is rising at the ford.", "en", SpeechSettings.of(null, 200), 2);
        assertEquals(2, spoken.get(), "another rate is another answer");
    }

    @Test
    void spokenOnAirMs_engineFails_theTextEstimateStandsInAndSaysSo() {
        final SpeechEngine broken = new SpeechEngine() {
            @Override
            public boolean supports(final String language) {
                return true;
            }

            @Override
            public Pcm synthesize(final String text, final SpeechSettings speech) {
                throw new vn.loa.error.UnavailableException("speech-engine-missing", "espeak-ng is not installed",
                        null);
            }
        };
        final SpeechSettings speech = SpeechSettings.of(null, 150);
        final String text = "Bà con thôn Mường Kim không đi qua ngầm tràn.";
        final AudioProducer.OnAirFigure figure = new AudioProducer(List.of(broken), new AudioStore(dataDir))
                .spokenOnAirMs(text, "vi", speech, 2).orElseThrow();
        assertEquals(new AudioProducer.OnAirFigure(estimate(text, "vi", speech, 2), false), figure);
        assertTrue(new AudioProducer(List.of(broken), new AudioStore(dataDir)).spokenOnAirMs(text, "hmn", speech, 2)
                .isEmpty(), "a language Loa does not speak has no figure");
    }

    private static void assertWithin(final long toleranceMs, final long estimate, final long mp3, final String what) {
        System.out.printf("on-air estimate %s: estimate %d ms, MP3 %d ms, off by %d ms%n", what, estimate, mp3,
                estimate - mp3);
        assertTrue(Math.abs(estimate - mp3) <= toleranceMs, what + ": estimate " + estimate + " ms, MP3 " + mp3
                + " ms, allowed ± " + toleranceMs + " ms");
    }
}
