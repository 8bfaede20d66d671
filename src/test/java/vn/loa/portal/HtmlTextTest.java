package vn.loa.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link HtmlText}: an article's HTML as plain text, active content and tracking pixels gone. */
class HtmlTextTest {

    @Test
    void plain_scriptIframeStyleAndPixel_vanishWithTheirContent() {
        final String text = HtmlText.plain("<p>Họp dân<script>alert('x')</script></p><style>p{color:red}</style>"
                + "<iframe src=\"https://track.example/f\">khung</iframe><img src=\"https://track.example/p.gif\" "
                + "width=\"1\" height=\"1\" alt=\"pixel\"><noscript>bật JavaScript</noscript>");
        assertEquals("Họp dân", text);
    }

    @Test
    void plain_paragraphsAndBreaks_becomeLineBreaks() {
        assertEquals("Một\n\nHai\nBa\n\n- bốn", HtmlText.plain("<p>Một</p><p>Hai<br>Ba</p><ul><li>- bốn</li></ul>"));
    }

    @Test
    void plain_entities_decoded_andMarkupNeverSurvives() {
        final String text = HtmlText.plain("Gia súc &amp; gia cầm&nbsp;&#273;&#7871;n &lt;b&gt; <b onclick=\"x()\">"
                + "đậm</b>");
        assertEquals("Gia súc & gia cầm đến <b> đậm", text);
        assertFalse(HtmlText.plain("<a href=\"javascript:x()\">xem</a>").contains("javascript"));
    }

    @Test
    void plain_blankOrNull_isEmpty() {
        assertEquals("", HtmlText.plain(null));
        assertEquals("", HtmlText.plain("  <p> </p> "));
    }

    @Test
    void line_titleOnOneLine() {
        assertEquals("Rét đậm rét hại", HtmlText.line("Rét đậm <em>rét\nhại</em>"));
    }

    @Test
    void tidy_controlCharacters_removed_blankLinesCollapsed() {
        assertEquals("a b\n\nc", HtmlText.tidy("a\u0007b\n\n\n\n  c  "));
    }
}
