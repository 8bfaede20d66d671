package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.error.InvalidInputException;
import vn.loa.error.UnavailableException;

/**
 * The real espeak-ng where installed (CI installs it; a newcomer's machine may not have it, so those tests are
 * skipped there), and small shell scripts standing in for a broken espeak-ng.
 */
class EspeakEngineTest {

    private static final Path SYSTEM_ESPEAK = Path.of("/usr/bin/espeak-ng");
    private static final String SENTENCE = "Thông báo của UBND xã: ngày 06/12/2026 tiêm chủng cho trẻ dưới 5 tuổi.";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static EspeakEngine real() {
        assumeTrue(Files.isExecutable(SYSTEM_ESPEAK), "espeak-ng is not installed: apt-get install espeak-ng");
        return new EspeakEngine(new EspeakBinary(SYSTEM_ESPEAK.toString(), ""), TIMEOUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "vi-vn-x-central", "vi-vn-x-south"})
    void synthesize_eachVietnameseVoice_plausibleSpeech(final String voice) {
        final Pcm pcm = real().synthesize(SENTENCE, SpeechSettings.of(voice, SpeechSettings.DEFAULT_RATE_WPM));
        assertEquals(22_050, pcm.sampleRate());
        // about 35 syllables once normalized; at 150 words a minute that is 10 to 20 s
        assertTrue(pcm.durationMs() > 6_000 && pcm.durationMs() < 30_000, pcm.durationMs() + " ms");
        assertTrue(rms(pcm) > 500, "speech, not silence: RMS " + rms(pcm));
    }

    @Test
    void synthesize_defaultSettings_northernVoice() {
        final EspeakEngine engine = real();
        assertArrayEquals(engine.synthesize(SENTENCE, SpeechSettings.of("vi", 150)).samples(),
                engine.synthesize(SENTENCE, SpeechSettings.DEFAULT).samples());
    }

    @Test
    void synthesize_sameTextTwice_identicalSamples() {
        final EspeakEngine engine = real();
        final SpeechSettings settings = SpeechSettings.of("vi-vn-x-south", 140);
        assertArrayEquals(engine.synthesize(SENTENCE, settings).samples(),
                engine.synthesize(SENTENCE, settings).samples());
    }

    @Test
    void synthesize_slowerRate_longerSpeech() {
        final EspeakEngine engine = real();
        final long slow = engine.synthesize(SENTENCE, SpeechSettings.of("vi", 100)).durationMs();
        final long fast = engine.synthesize(SENTENCE, SpeechSettings.of("vi", 250)).durationMs();
        assertTrue(slow > fast * 3 / 2, "100 wpm " + slow + " ms, 250 wpm " + fast + " ms");
    }

    @Test
    void synthesize_textLooksLikeOptions_spokenNotObeyed() {
        // Were it taken as options, espeak-ng would print its help or version and write no WAV at all.
        final Pcm pcm = real().synthesize("--help -v en --version", SpeechSettings.DEFAULT);
        assertTrue(pcm.durationMs() > 500, pcm.durationMs() + " ms");
    }

    @Test
    void synthesize_unknownVoice_throwsVoiceNotSupported() {
        final EspeakEngine engine = new EspeakEngine(new EspeakBinary("/nonexistent/espeak-ng", ""), TIMEOUT);
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.synthesize("xin chào", SpeechSettings.of("en-us", 150)));
        assertEquals("voice-not-supported", e.code());
        assertTrue(e.getMessage().contains("vi-vn-x-south"), e.getMessage());
    }

    @Test
    void synthesize_missingBinary_throwsEngineMissingWithInstallHint() {
        final EspeakEngine engine = new EspeakEngine(new EspeakBinary(dir.resolve("espeak-ng").toString(), ""),
                TIMEOUT);
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> engine.synthesize("xin chào", SpeechSettings.DEFAULT));
        assertEquals("speech-engine-missing", e.code());
        assertTrue(e.getMessage().contains("apt-get install espeak-ng"), e.getMessage());
    }

    @Test
    void synthesize_programFails_throwsSpeechFailedWithItsMessage() throws Exception {
        final EspeakEngine engine = fake("echo 'Error: voice does not exist' >&2\nexit 3\n", TIMEOUT);
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> engine.synthesize("xin chào", SpeechSettings.DEFAULT));
        assertEquals("speech-failed", e.code());
        assertTrue(e.getMessage().contains("status 3: Error: voice does not exist"), e.getMessage());
    }

    @Test
    void synthesize_programHangs_throwsSpeechFailedAfterTimeout() throws Exception {
        // exec: the shell becomes sleep, so destroying the process leaves nothing running
        final EspeakEngine engine = fake("exec sleep 30\n", Duration.ofMillis(300));
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> engine.synthesize("xin chào", SpeechSettings.DEFAULT));
        assertEquals("speech-failed", e.code());
        assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
    }

    @Test
    void synthesize_programWritesLyingWav_throwsAndDeletesTemporaryFiles() throws Exception {
        final Path record = dir.resolve("wav-path.txt");
        final EspeakEngine engine = fake("""
                while [ $# -gt 0 ]; do
                  if [ "$1" = "-w" ]; then printf 'RIFF\\377\\377\\377\\177WAVEjunk' > "$2"; echo "$2" > '%s'; fi
                  shift
                done
                """.formatted(record), TIMEOUT);
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> engine.synthesize("xin chào", SpeechSettings.DEFAULT));
        assertEquals("speech-failed", e.code());
        assertTrue(e.getMessage().contains("malformed WAV"), e.getMessage());
        final Path wav = Path.of(Files.readString(record).strip());
        assertFalse(Files.exists(wav.getParent()), "temporary directory " + wav.getParent() + " left behind");
    }

    @Test
    void supports_vietnameseTags_only() {
        final EspeakEngine engine = new EspeakEngine(new EspeakBinary("espeak-ng", ""), TIMEOUT);
        assertTrue(engine.supports("vi"));
        assertTrue(engine.supports("vi-VN"));
        assertFalse(engine.supports("en-US"));
        assertFalse(engine.supports("th"));
    }

    private EspeakEngine fake(final String script, final Duration timeout) throws Exception {
        final Path program = dir.resolve("fake-espeak-ng");
        Files.writeString(program, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return new EspeakEngine(new EspeakBinary(program.toString(), ""), timeout);
    }

    /** Root mean square amplitude; speech at espeak-ng's default volume is in the thousands. */
    static double rms(final Pcm pcm) {
        double sum = 0;
        for (final short s : pcm.samples()) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / Math.max(1, pcm.samples().length));
    }
}
