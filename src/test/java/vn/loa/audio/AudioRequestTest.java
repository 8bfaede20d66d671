package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class AudioRequestTest {

    @Test
    void new_validFields_keepsThem() {
        final AudioRequest request = TestAudio.request("Hello.", "en-US");
        assertEquals("en-US", request.language());
        assertEquals(42, request.bulletinId());
    }

    @Test
    void new_blankText_throwsInvalidInput() {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TestAudio.request("  ", "en"));
        assertEquals("audio-request-invalid", e.code());
    }

    @Test
    void new_textOverLimit_throwsInvalidInput() {
        final String text = "a".repeat(AudioRequest.MAX_TEXT_CHARS + 1);
        assertThrows(InvalidInputException.class, () -> TestAudio.request(text, "en"));
    }

    @Test
    void new_zeroBulletinId_throwsInvalidInput() {
        assertThrows(InvalidInputException.class,
                () -> new AudioRequest("Hi.", "en", "t", 0, "a", TestAudio.APPROVED_AT));
    }

    @Test
    void new_missingApprovalTime_throwsInvalidInput() {
        assertThrows(InvalidInputException.class, () -> new AudioRequest("Hi.", "en", "t", 1, "a", null));
    }

    @Test
    void new_withoutSpeechSettings_defaultVoiceAndRate() {
        assertEquals(SpeechSettings.DEFAULT, TestAudio.request("Xin chào.", "vi").speech());
    }

    @Test
    void new_missingSpeechSettings_throwsInvalidInput() {
        assertThrows(InvalidInputException.class,
                () -> new AudioRequest("Hi.", "en", "t", 1, "a", TestAudio.APPROVED_AT, null));
    }

    @Test
    void new_withoutRepeats_defaultTwo() {
        assertEquals(AudioRequest.DEFAULT_REPEATS, TestAudio.request("Xin chào.", "vi").repeats());
        assertEquals(2, new AudioRequest("Hi.", "en", "t", 1, "a", TestAudio.APPROVED_AT, SpeechSettings.DEFAULT)
                .repeats());
    }

    @Test
    void new_repeatsOutOfRange_throwsInvalidInput() {
        for (final int repeats : new int[] {0, AudioRequest.MAX_REPEATS + 1}) {
            final InvalidInputException e = assertThrows(InvalidInputException.class, () -> new AudioRequest("Hi.",
                    "en", "t", 1, "a", TestAudio.APPROVED_AT, SpeechSettings.DEFAULT, repeats));
            assertEquals("audio-request-invalid", e.code());
        }
    }
}
