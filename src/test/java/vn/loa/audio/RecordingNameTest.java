package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecordingNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd.wav|passwd.wav",
            "C:\\Users\\Hoa\\Thông báo.wav|Thông báo.wav",
            "..|recording.wav",
            "...hidden.wav|hidden.wav",
            "/|recording.wav",
            "a..b.wav|ab.wav",
            "  họp thôn.wav  |họp thôn.wav"})
    void sanitize_pathsAndDots_keepsOnlyTheLastSegment(final String original, final String expected) {
        assertEquals(expected, RecordingName.sanitize(original, RecordingFormat.WAV));
    }

    @Test
    void sanitize_controlCharacters_areDropped() {
        assertEquals("ab.mp3", RecordingName.sanitize("a\u0000\n\u202eb.mp3", RecordingFormat.MP3));
    }

    @Test
    void sanitize_nullOrEmpty_becomesTheDefaultForTheFormat() {
        assertEquals("recording.mp3", RecordingName.sanitize(null, RecordingFormat.MP3));
        assertEquals("recording.wav", RecordingName.sanitize("\u0001", RecordingFormat.WAV));
    }

    @Test
    void sanitize_longName_isCutTo100Characters() {
        assertEquals(RecordingName.MAX_CHARS, RecordingName.sanitize("đ".repeat(300), RecordingFormat.WAV).length());
    }
}
