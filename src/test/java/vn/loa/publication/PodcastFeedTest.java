package vn.loa.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import vn.loa.area.Area;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.BulletinState;
import vn.loa.support.Api;

/**
 * The commune's podcast read back as a podcast app would: well-formed XML, RSS 2.0 that Rome parses, one episode
 * per public bulletin heard there with its MP3 as enclosure (absolute URL that answers, Range too; length; type),
 * GUIDs that do not change between requests, and the iTunes tags.
 */
@QuarkusTest
class PodcastFeedTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    @Inject
    PublicFixture fixture;

    private static Area commune;
    private static long real;
    private static long fake;

    @BeforeEach
    void data() {
        if (commune != null) {
            return;
        }
        commune = fixture.receiverIn("rx-feed-1", "Nam Phong Lưu", "Thôn Giữa");
        real = Api.approvedBulletin("Village meeting", "The village meeting starts at eight tonight.");
        fixture.delivery(real, "rx-feed-1", T0.plusSeconds(3600), DeliveryState.PLAYED, T0.plusSeconds(3600));
        fake = fixture.bulletin("Lịch cắt điện", "Thứ Hai cắt điện từ 7 giờ đến 11 giờ.", null, false,
                BulletinState.APPROVED, commune.id);
        fixture.delivery(fake, "rx-feed-1", T0, DeliveryState.PLAYED, T0);
        final long hidden = fixture.bulletin("Không công khai", "Không công khai", false, false,
                BulletinState.APPROVED, commune.id);
        fixture.delivery(hidden, "rx-feed-1", T0, DeliveryState.PLAYED, T0);
    }

    private String feed() {
        return given().get("/c/" + commune.publicSlug + "/podcast.rss").then().statusCode(200)
                .contentType(containsString("application/rss+xml")).header("Set-Cookie", (String) null)
                .extract().asString();
    }

    @Test
    void feed_isWellFormedRss2_andRomeReadsTheEpisodes() throws Exception {
        final String xml = feed();
        final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        final Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertEquals("rss", doc.getDocumentElement().getNodeName());
        assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));

        final SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Loa Nam Phong Lưu", feed.getTitle());
        assertEquals("vi", feed.getLanguage());
        final List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Village meeting", "Lịch cắt điện"), entries.stream().map(SyndEntry::getTitle).toList());
        assertEquals(T0, entries.get(1).getPublishedDate().toInstant());
        assertEquals("Thứ Hai cắt điện từ 7 giờ đến 11 giờ.", entries.get(1).getDescription().getValue());
        for (SyndEntry e : entries) {
            assertEquals(1, e.getEnclosures().size());
            final SyndEnclosure enclosure = e.getEnclosures().get(0);
            assertEquals("audio/mpeg", enclosure.getType());
            assertTrue(enclosure.getLength() > 0);
            final URI url = URI.create(enclosure.getUrl());
            assertTrue(url.isAbsolute(), enclosure.getUrl());
            assertEquals(RestAssured.baseURI + ":" + RestAssured.port, url.getScheme() + "://" + url.getAuthority());
            assertTrue(url.getPath().matches("/api/audio/[0-9a-f]{64}\\.mp3"), url.getPath());
        }
        assertEquals(123_456L, entries.get(1).getEnclosures().get(0).getLength());
        for (String internal : List.of("rx-feed", "staff", "approver", "Thôn Giữa", "Không công khai")) {
            assertFalse(xml.contains(internal), internal + " must not be in the feed");
        }
    }

    @Test
    void enclosure_answersTheMp3_wholeAndInRanges() throws Exception {
        final SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(feed())));
        final SyndEnclosure enclosure = feed.getEntries().get(0).getEnclosures().get(0);
        final String path = URI.create(enclosure.getUrl()).getPath();
        final byte[] whole = given().get(path).then().statusCode(200).header("Accept-Ranges", "bytes")
                .contentType(containsString("audio/mpeg")).extract().asByteArray();
        assertEquals(enclosure.getLength(), whole.length);
        given().header("Range", "bytes=0-99").get(path).then().statusCode(206)
                .header("Content-Range", "bytes 0-99/" + whole.length);
    }

    @Test
    void guids_areStableAcrossRequests_andNotPermalinks() throws Exception {
        final Channel first = (Channel) new WireFeedInput().build(new InputSource(new StringReader(feed())));
        final Channel second = (Channel) new WireFeedInput().build(new InputSource(new StringReader(feed())));
        final List<String> guids = first.getItems().stream().map(i -> i.getGuid().getValue()).toList();
        assertEquals(List.of("loa:xa-nam-phong-luu:bulletin:" + real, "loa:xa-nam-phong-luu:bulletin:" + fake), guids);
        assertEquals(guids, second.getItems().stream().map(i -> i.getGuid().getValue()).toList());
        for (Item i : first.getItems()) {
            assertFalse(i.getGuid().isPermaLink());
        }
    }

    @Test
    void itunesTags_areThere() throws Exception {
        final SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(feed())));
        final FeedInformation itunes = (FeedInformation) feed.getModule(ITunes.URI);
        assertNotNull(itunes, "itunes channel tags");
        assertEquals("Loa truyền thanh Nam Phong Lưu", itunes.getAuthor());
        assertEquals("Loa truyền thanh Nam Phong Lưu", itunes.getOwnerName());
        assertEquals(Boolean.FALSE, itunes.getExplicitNullable());
        assertEquals("episodic", itunes.getType());
        assertEquals("Government", itunes.getCategories().get(0).getName());
        assertTrue(itunes.getImageUri().endsWith("/img/podcast.png"), itunes.getImageUri());
        final byte[] art = given().get(URI.create(itunes.getImageUri()).getPath()).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        final java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(art));
        assertEquals(1400, image.getWidth());
        assertEquals(1400, image.getHeight());
        final EntryInformation episode = (EntryInformation) feed.getEntries().get(1).getModule(ITunes.URI);
        assertEquals(65_000L, episode.getDuration().getMilliseconds());
        assertEquals(Boolean.FALSE, episode.getExplicitNullable());
        assertEquals("full", episode.getEpisodeType());
        assertTrue(feed().contains("<atom:link href=\"" + RestAssured.baseURI + ":" + RestAssured.port
                + "/c/xa-nam-phong-luu/podcast.rss\" type=\"application/rss+xml\" rel=\"self\" />"), "atom self link");
    }

    @Test
    void feed_inEnglish() throws Exception {
        final String xml = given().get("/c/" + commune.publicSlug + "/podcast.rss?lang=en").then().statusCode(200)
                .extract().asString();
        final SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml)));
        assertEquals("en", feed.getLanguage());
        assertEquals("Bulletins played on the loudspeakers of Nam Phong Lưu.", feed.getDescription());
    }
}
