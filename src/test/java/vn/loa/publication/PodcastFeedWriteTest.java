package vn.loa.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed writer alone: the exact markup podcast apps look for. */
class PodcastFeedWriteTest {

    private static final PublicMessages WORDS = new PublicMessages() {
        public String subtitle() { return ""; }
        public String played() { return ""; }
        public String download() { return ""; }
        public String empty() { return ""; }
        public String older() { return ""; }
        public String newer() { return ""; }
        public String podcast() { return ""; }
        public String switchLabel() { return ""; }
        public String switchCode() { return ""; }
        public String notFound() { return ""; }
        public String notFoundText() { return ""; }
        public String feedTitle(final String name) { return "Loa " + name; }
        public String feedDescription(final String name) { return "Bản tin " + name; }
        public String feedAuthor(final String name) { return "Loa truyền thanh " + name; }
    };

    private static final PublicBulletin ONE = new PublicBulletin(7, "Họp <thôn> & đoàn", "Tối nay.\nLúc 8 giờ.",
            Instant.parse("2026-11-01T01:00:00Z"), "ab".repeat(32), 4321, 65_000L);

    private static String write(final List<PublicBulletin> items) {
        return PodcastFeed.write("https://loa.example.vn", "xa-minh-tan", "Minh Tân", WORDS, "vi", items,
                Instant.parse("2026-11-01T01:00:00Z"));
    }

    @Test
    void write_episode_hasEnclosureGuidAndItunesTags() {
        final String xml = write(List.of(ONE));
        assertTrue(xml.contains("<enclosure url=\"https://loa.example.vn/api/audio/" + "ab".repeat(32)
                + ".mp3\" length=\"4321\" type=\"audio/mpeg\" />"), xml);
        assertTrue(xml.contains("<guid isPermaLink=\"false\">loa:xa-minh-tan:bulletin:7</guid>"), xml);
        assertTrue(xml.contains("<title>Họp &lt;thôn&gt; &amp; đoàn</title>"), xml);
        assertTrue(xml.contains("<itunes:duration>00:01:05</itunes:duration>"), xml);
        assertTrue(xml.contains("<itunes:explicit>no</itunes:explicit>"), xml);
        assertTrue(xml.contains("<itunes:category text=\"Government\" />"), xml);
        assertTrue(xml.contains("<itunes:name>Loa truyền thanh Minh Tân</itunes:name>"), xml);
        assertTrue(!xml.contains("<image>"), "no RSS image (144 px at most): " + xml);
        assertTrue(xml.contains("<itunes:image href=\"https://loa.example.vn/img/podcast.png\" />"), xml);
        assertTrue(xml.contains("<pubDate>Sun, 01 Nov 2026 01:00:00 GMT</pubDate>"), xml);
        assertTrue(xml.contains("<atom:link href=\"https://loa.example.vn/c/xa-minh-tan/podcast.rss\" "
                + "type=\"application/rss+xml\" rel=\"self\" />"), xml);
    }

    @Test
    void guid_isSlugAndId() {
        assertEquals("loa:xa-minh-tan:bulletin:42", PodcastFeed.guid("xa-minh-tan", 42));
    }
}
