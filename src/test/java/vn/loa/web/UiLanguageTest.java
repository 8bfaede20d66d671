package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UiLanguageTest {

    @Test
    void choose_queryAndCookie_queryWins() {
        assertEquals(UiLanguage.en, UiLanguage.choose("en", "vi"));
        assertEquals(UiLanguage.vi, UiLanguage.choose("VI", "en"));
    }

    @Test
    void choose_unknownQuery_fallsBackToCookie() {
        assertEquals(UiLanguage.en, UiLanguage.choose("fr", "en"));
    }

    @Test
    void choose_nothingKnown_isVietnamese() {
        assertEquals(UiLanguage.vi, UiLanguage.choose(null, null));
        assertEquals(UiLanguage.vi, UiLanguage.choose("<script>", "de"));
    }

    @Test
    void parse_unknown_isNull() {
        assertNull(UiLanguage.parse("english"));
    }
}
