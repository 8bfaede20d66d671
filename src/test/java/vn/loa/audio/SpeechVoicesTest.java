package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.error.InvalidInputException;

class SpeechVoicesTest {

    @Test
    void languages_vietnameseAndEnglish_defaultVoiceFirst() {
        assertEquals(List.of("vi", "vi-vn-x-central", "vi-vn-x-south"), SpeechVoices.of("vi").orElseThrow().voices());
        assertEquals(List.of("kevin16"), SpeechVoices.of("en").orElseThrow().voices());
        SpeechVoices.LANGUAGES.forEach(l -> assertEquals(l.defaultVoice(), l.voices().get(0)));
    }

    @ParameterizedTest
    @CsvSource({"vi-VN,vi", "en-US,en", "vi,vi"})
    void of_regionalTag_itsLanguage(final String tag, final String language) {
        assertEquals(language, SpeechVoices.of(tag).orElseThrow().language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hmn", "Dao Đỏ", "th"})
    void of_unspokenLanguage_empty(final String language) {
        assertTrue(SpeechVoices.of(language).isEmpty());
    }

    @Test
    void check_nothingGiven_defaultVoiceAtDefaultRate() {
        assertEquals(SpeechSettings.DEFAULT, SpeechVoices.check("vi", null, null));
        assertEquals(SpeechSettings.DEFAULT, SpeechVoices.check("en", "  ", null));
    }

    @ParameterizedTest
    @CsvSource({"vi,vi-vn-x-south,120", "vi-VN,vi-vn-x-central,80", "en,kevin16,300", "en-US,kevin16,150"})
    void check_voiceOfTheLanguage_accepted(final String language, final String voice, final int rate) {
        assertEquals(new SpeechSettings(voice, rate), SpeechVoices.check(language, " " + voice + " ", rate));
    }

    @Test
    void check_southernVoiceForEnglish_voiceNotSupportedListingVoices() {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SpeechVoices.check("en", "vi-vn-x-south", null));
        assertEquals("voice-not-supported", e.code());
        assertTrue(e.getMessage().contains("the voices are kevin16"), e.getMessage());
    }

    @Test
    void check_englishVoiceForVietnamese_voiceNotSupportedListingVoices() {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SpeechVoices.check("vi", "kevin16", 150));
        assertEquals("voice-not-supported", e.code());
        assertTrue(e.getMessage().contains("vi, vi-vn-x-central, vi-vn-x-south"), e.getMessage());
    }

    @Test
    void check_voiceForUnspokenLanguage_voiceNotSupported() {
        assertEquals("voice-not-supported",
                assertThrows(InvalidInputException.class, () -> SpeechVoices.check("hmn", "vi", null)).code());
        assertNull(SpeechVoices.check("Dao Đỏ", null, 120).voice());
    }

    @ParameterizedTest
    @ValueSource(ints = {79, 301, 0, -150})
    void check_rateOutOfBounds_rateOutOfRange(final int rate) {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SpeechVoices.check("vi", null, rate));
        assertEquals("rate-out-of-range", e.code());
        assertTrue(e.getMessage().contains("between 80 and 300"), e.getMessage());
    }
}
