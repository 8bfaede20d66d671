package vn.loa.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.loa.bulletin.Bulletin;

/** {@link Suggestions#draftText}: an article's text fitted to the bulletin's limit, and saying so when cut. */
class DraftTextTest {

    @Test
    void draftText_short_unchanged() {
        assertEquals("Họp dân lúc 19 giờ.", Suggestions.draftText("Họp", "Họp dân lúc 19 giờ."));
    }

    @Test
    void draftText_noBody_takesTheTitle() {
        assertEquals("Họp dân", Suggestions.draftText("Họp dân", ""));
    }

    @Test
    void draftText_tooLong_cutAtAWord_withANote() {
        final String text = Suggestions.draftText("t", "lũ về ".repeat(2000));
        assertTrue(text.length() <= Bulletin.MAX_TEXT, "fits: " + text.length());
        assertTrue(text.contains("[Đã cắt bớt: bài gốc dài 12000 ký tự"), text.substring(text.length() - 150));
        final String kept = text.substring(0, text.indexOf('…'));
        assertTrue(java.util.Arrays.stream(kept.split(" ")).allMatch(w -> w.equals("lũ") || w.equals("về")),
                "cut after a whole word");
    }
}
