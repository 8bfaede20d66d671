package vn.loa.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.audio.SpeechSettings;

/** A bulletin's voice and rate, without a database. */
class BulletinSpeechTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static Bulletin draft() {
        final Bulletin b = Bulletin.draft("hoa", "Họp thôn", "Họp dân lúc 8 giờ.", "vi", Priority.ROUTINE, NOW);
        b.id = 7L;
        return b;
    }

    @Test
    void speakingRateWpm_noRate_defaultRate() {
        assertEquals(SpeechSettings.DEFAULT_RATE_WPM, draft().speakingRateWpm());
    }

    @Test
    void revise_voiceAndRate_copiedToTheNewDraft() {
        final Bulletin b = draft();
        b.speakWith("vi-vn-x-south", 120);
        final Bulletin copy = b.revise("hoa", NOW);
        assertEquals("vi-vn-x-south", copy.voice);
        assertEquals(120, copy.rateWpm);
        assertEquals(120, copy.speakingRateWpm());
    }

    @Test
    void revise_defaults_stayDefaults() {
        final Bulletin copy = draft().revise("hoa", NOW);
        assertNull(copy.voice);
        assertNull(copy.rateWpm);
    }
}
