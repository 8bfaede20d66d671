package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.error.InvalidInputException;

class SpeechSettingsTest {

    @Test
    void default_noVoiceAt150Wpm() {
        assertNull(SpeechSettings.DEFAULT.voice());
        assertEquals(150, SpeechSettings.DEFAULT.rateWpm());
    }

    @Test
    void of_validVoiceAndRate_keepsThem() {
        final SpeechSettings settings = SpeechSettings.of("vi-vn-x-south", 120);
        assertEquals("vi-vn-x-south", settings.voice());
        assertEquals(120, settings.rateWpm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-w", "--stdin", "vi vn", "vi;rm", "../vi", "VI", "", "vi-"})
    void of_voiceThatCouldBeAnOptionOrPath_throws(final String voice) {
        final InvalidInputException e = assertThrows(InvalidInputException.class, () -> SpeechSettings.of(voice, 150));
        assertEquals("audio-request-invalid", e.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 79, 301, -150})
    void of_rateOutOfRange_throws(final int rate) {
        assertThrows(InvalidInputException.class, () -> SpeechSettings.of("vi", rate));
    }
}
