package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechEstimateTest {

    @Test
    void features_vietnamese_syllablesHyphenPartsAndInnerPauses() {
        assertEquals(new SpeechEstimate.Features(9, 1, 1),
                SpeechEstimate.features("Cảnh báo lũ quét: ba ki-lô-mét. Hết.", true));
    }

    @Test
    void features_english_vowelGroupsSilentEAndPauses() {
        // at-ten-tion (3) please (1), the (1) time (1) to-day (2)
        assertEquals(new SpeechEstimate.Features(8, 1, 0),
                SpeechEstimate.features("Attention please, the time today.", false));
    }

    @Test
    void speechMs_slowerRate_longer() {
        final String text = "Mời bà con dự họp thôn lúc 19 giờ 30 tối thứ sáu tại nhà văn hóa.";
        final long slow = SpeechEstimate.speechMs(text, "vi", SpeechSettings.of(null, 100));
        final long mid = SpeechEstimate.speechMs(text, "vi", SpeechSettings.of(null, 175));
        final long fast = SpeechEstimate.speechMs(text, "vi", SpeechSettings.of(null, 250));
        assertTrue(slow > mid && mid > fast, slow + " > " + mid + " > " + fast);
    }

    @Test
    void speechMs_numbersAreEstimatedAsSpoken() {
        // "17:00" is spoken "mười bảy giờ": three syllables, not one token
        assertTrue(SpeechEstimate.speechMs("trước 17:00", "vi", SpeechSettings.DEFAULT)
                > SpeechEstimate.speechMs("trước mười", "vi", SpeechSettings.DEFAULT));
    }

    @Test
    void speaks_onlyVietnameseAndEnglish() {
        assertTrue(SpeechEstimate.speaks("vi"));
        assertTrue(SpeechEstimate.speaks("vi-VN"));
        assertTrue(SpeechEstimate.speaks("en-US"));
        assertFalse(SpeechEstimate.speaks("hmn"));
        assertFalse(SpeechEstimate.speaks("Dao Đỏ"));
        assertFalse(SpeechEstimate.speaks(null));
    }
}
