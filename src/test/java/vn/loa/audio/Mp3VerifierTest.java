package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.error.UnavailableException;

class Mp3VerifierTest {

    @TempDir
    Path dir;

    private final AudioRequest request = TestAudio.request("Hello.", "en");

    private Path taggedTone(final AudioRequest tagged, final long pcmMs) throws Exception {
        final Path file = dir.resolve("tone.mp3");
        Files.write(file, BulletinTag.of(tagged, "eng").prependTo(Mp3Encoder.encode(TestAudio.toneAfterSilence(40, pcmMs - 40))));
        return file;
    }

    @Test
    void verify_matchingFile_passes() throws Exception {
        Mp3Verifier.verify(taggedTone(request, 2_000), request, 2_000, 32);
    }

    @Test
    void verify_otherBulletinsTags_throwsVerificationFailed() throws Exception {
        final AudioRequest other = new AudioRequest("Hello.", "en", "Khác", 43, "Ai đó", TestAudio.APPROVED_AT);
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> Mp3Verifier.verify(taggedTone(other, 1_000), request, 1_000, 32));
        assertEquals("audio-verification-failed", e.code());
        assertTrue(e.getMessage().contains("title") && e.getMessage().contains("bulletin id"), e.getMessage());
    }

    @Test
    void verify_durationOffByMoreThanTolerance_throwsVerificationFailed() throws Exception {
        final Path file = taggedTone(request, 1_000);
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> Mp3Verifier.verify(file, request, 1_500, 32));
        assertTrue(e.getMessage().contains("duration"), e.getMessage());
    }

    @Test
    void verify_otherBitrateThanConfigured_throwsVerificationFailed() throws Exception {
        final Path file = taggedTone(request, 1_000); // encoded at 32 kbit/s
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> Mp3Verifier.verify(file, request, 1_000, 48));
        assertTrue(e.getMessage().contains("bitrate (kbit/s) is 32, expected 48"), e.getMessage());
    }

    @Test
    void verify_notAnMp3_throwsVerificationFailed() throws Exception {
        final Path file = Files.writeString(dir.resolve("text.mp3"), "not audio at all");
        final UnavailableException e = assertThrows(UnavailableException.class,
                () -> Mp3Verifier.verify(file, request, 0, 32));
        assertEquals("audio-verification-failed", e.code());
    }
}
