package vn.loa.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FeedParser}: RSS and Atom by Rome, hardened against entities, items in plain text with safe links. */
class FeedParserTest {

    private static final URI BASE = URI.create("https://tinh.example.vn/rss/tin.xml");

    private static List<FeedParser.Item> parse(final String xml) throws FeedParser.Refused {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE, 50);
    }

    @Test
    void parse_rss_titlesTextAndLinks() throws Exception {
        final List<FeedParser.Item> items = parse(Feeds.RSS);
        assertEquals(2, items.size());
        final FeedParser.Item first = items.get(0);
        assertEquals("Lịch tiêm phòng cho gia súc & gia cầm", first.title());
        assertEquals("Từ ngày 10/12, thú y xã tiêm phòng lở mồm long móng.\n\n"
                + "Bà con đưa gia súc đến nhà văn hoá thôn.", first.text());
        assertEquals("https://lungcu.example.vn/tin/tiem-phong", first.link());
        assertEquals(Instant.parse("2026-12-07T01:00:00Z"), first.published());
        assertEquals(64, first.key().length());
    }

    @Test
    void parse_javascriptLink_dropped() throws Exception {
        assertNull(parse(Feeds.RSS).get(1).link());
    }

    @Test
    void parse_sameGuid_sameKey() throws Exception {
        assertEquals(parse(Feeds.RSS).get(0).key(), parse(Feeds.RSS).get(0).key());
        assertFalse(parse(Feeds.RSS).get(0).key().equals(parse(Feeds.RSS).get(1).key()));
    }

    @Test
    void parse_atom_htmlContentAndRelativeLink() throws Exception {
        final List<FeedParser.Item> items = parse(Feeds.ATOM);
        assertEquals(1, items.size());
        assertEquals("Phòng chống rét đậm rét hại", items.get(0).title());
        assertEquals("Nhiệt độ xuống dưới 10 độ.\n\nChe chắn chuồng trại.", items.get(0).text());
        assertEquals("https://tinh.example.vn/tin/ret-dam", items.get(0).link());
    }

    @Test
    void parse_externalEntity_refused_andTheFileNeverRead(@TempDir final Path dir) throws Exception {
        final Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MAT-KHAU-BI-MAT");
        final FeedParser.Refused refused = assertThrows(FeedParser.Refused.class,
                () -> parse(Feeds.xxe(secret.toUri().toString())));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertFalse(refused.getMessage().contains("MAT-KHAU"));
    }

    @Test
    void parse_malformedXml_refused() {
        final FeedParser.Refused refused = assertThrows(FeedParser.Refused.class, () -> parse(Feeds.MALFORMED));
        assertTrue(refused.getMessage().startsWith("not an RSS or Atom feed"), refused.getMessage());
    }

    @Test
    void parse_notXml_refused() {
        assertThrows(FeedParser.Refused.class, () -> parse(Feeds.NOT_XML));
        assertThrows(FeedParser.Refused.class, () -> parse("<html><body>no feed</body></html>"));
    }

    @Test
    void parse_moreItemsThanTheLimit_keepsTheFirst() throws Exception {
        assertEquals(1, FeedParser.parse(Feeds.RSS.getBytes(StandardCharsets.UTF_8), BASE, 1).size());
    }

    @Test
    void safeLink_onlyAbsoluteHttpOrHttps() {
        assertEquals("https://tinh.example.vn/a", FeedParser.safeLink(BASE, "/a"));
        assertEquals("http://x.vn/b", FeedParser.safeLink(BASE, "http://x.vn/b"));
        assertNull(FeedParser.safeLink(BASE, "javascript:alert(1)"));
        assertNull(FeedParser.safeLink(BASE, "data:text/html,<b>x</b>"));
        assertNull(FeedParser.safeLink(BASE, "file:///etc/passwd"));
        assertNull(FeedParser.safeLink(BASE, " "));
    }
}
