package vn.loa.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.loa.error.InvalidInputException;
import vn.loa.error.UnavailableException;

/**
 * Vietnamese speech with espeak-ng (22050 Hz, 16-bit, mono). espeak-ng is GPLv3, so it runs as a separate process
 * and is never linked. Text is first rewritten by {@link VietnameseNormalizer} so numbers, dates, times, money,
 * units and abbreviations are read the way villagers say them.
 *
 * <p>The text never reaches a command line: it goes in through standard input ({@code --stdin}), so no text can be
 * taken for an option, and no shell is involved. Each call has its own process and temporary directory, so calls
 * may run in parallel.
 */
@ApplicationScoped
class EspeakEngine implements SpeechEngine {

    /** Northern (Hà Nội) Vietnamese, the broadcast standard. */
    static final String DEFAULT_VOICE = "vi";
    /** espeak-ng 1.51's Vietnamese voices: northern, central (Huế) and southern (Sài Gòn). */
    static final Set<String> VOICES = Set.of(DEFAULT_VOICE, "vi-vn-x-central", "vi-vn-x-south");

    private static final Logger LOG = Logger.getLogger(EspeakEngine.class);
    /** Enough of espeak-ng's own messages to explain a failure without flooding the log, in characters. */
    private static final int MAX_MESSAGE_CHARS = 500;

    private final EspeakBinary binary;
    private final Duration timeout;

    @Inject
    EspeakEngine(final AudioConfig config) {
        this(EspeakBinary.onSystemPath(config.espeakPath()), config.espeakTimeout());
    }

    EspeakEngine(final EspeakBinary binary, final Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        this.binary = binary;
        this.timeout = timeout;
    }

    @Override
    public boolean supports(final String language) {
        return "vi".equals(Locale.forLanguageTag(language).getLanguage());
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    /**
     * @throws InvalidInputException {@code voice-not-supported} for a voice outside {@link #VOICES}
     * @throws UnavailableException  {@code speech-engine-missing} when espeak-ng is not installed,
     *                               {@code speech-failed} when it fails, times out or writes an unreadable file
     */
    @Override
    public Pcm synthesize(final String text, final SpeechSettings settings) {
        final String voice = settings.voice() == null ? DEFAULT_VOICE : settings.voice();
        if (!VOICES.contains(voice)) {
            throw new InvalidInputException("voice-not-supported", "Vietnamese speech has the voices "
                    + String.join(", ", VOICES.stream().sorted().toList()) + "; got '" + voice + "'");
        }
        final Path program = binary.locate().orElseThrow(
                () -> new UnavailableException("speech-engine-missing", binary.missingReason(), null));
        return run(program, voice, settings.rateWpm(), VietnameseNormalizer.normalize(text));
    }

    private Pcm run(final Path program, final String voice, final int rateWpm, final String text) {
        Path dir = null;
        Process process = null;
        try {
            dir = Files.createTempDirectory("loa-espeak-");
            final Path input = Files.writeString(dir.resolve("text.txt"), text, StandardCharsets.UTF_8);
            final Path wav = dir.resolve("speech.wav");
            final Path messages = dir.resolve("messages.txt");
            // -b 1: the input is UTF-8 whatever the locale of the controller's process
            final List<String> command = List.of(program.toString(), "-v", voice, "-s", Integer.toString(rateWpm),
                    "-b", "1", "-w", wav.toString(), "--stdin");
            process = new ProcessBuilder(command)
                    .redirectInput(input.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(messages.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw failed("espeak-ng did not finish within " + timeout.toSeconds() + " s", null);
            }
            final String said = abbreviate(Files.readString(messages, StandardCharsets.UTF_8));
            if (process.exitValue() != 0) {
                throw failed("espeak-ng exited with status " + process.exitValue() + ": " + said, null);
            }
            final Pcm pcm = WavReader.read(Files.readAllBytes(wav));
            if (pcm.samples().length == 0) {
                throw failed("espeak-ng wrote no samples", null);
            }
            return pcm;
        } catch (IOException | IllegalArgumentException e) {
            throw failed(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while espeak-ng was speaking", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(dir);
        }
    }

    private static String abbreviate(final String message) {
        final String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_MESSAGE_CHARS ? line : line.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static UnavailableException failed(final String detail, final Throwable cause) {
        return new UnavailableException("speech-failed", "espeak-ng could not speak the Vietnamese text: " + detail,
                cause);
    }

    private static void deleteQuietly(final Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (final Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover in the temporary directory is harmless; the speech itself succeeded or failed already.
            LOG.warnf("cannot delete temporary espeak-ng files in %s: %s", dir, e.getMessage());
        }
    }
}
