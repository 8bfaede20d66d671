package vn.loa.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.area.Area;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.BulletinState;

/**
 * The public commune page without a login: only approved, public bulletins heard in the commune (a delivery to a
 * receiver there that started playing or played), newest first; nothing internal; unknown or archived communes and
 * bad page numbers are a plain HTML 404 page.
 */
@QuarkusTest
class PublicPageTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Inject
    PublicFixture fixture;

    private static Area here;
    private static Area elsewhere;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void data() {
        if (here != null) {
            return;
        }
        here = fixture.receiverIn("rx-pub-here", "Đông Hà Trang", "Thôn Trên");
        elsewhere = fixture.receiverIn("rx-pub-other", "Tây Sơn Trang", "Thôn Dưới");
        // 0: text, default public, played here, and again later: dated by its first play
        ids.add(played("Họp thôn tối nay", null, false, DeliveryState.PLAYED, T0.plusSeconds(3600), "rx-pub-here"));
        fixture.delivery(ids.get(0), "rx-pub-here", T0.plusSeconds(7 * 3600), DeliveryState.PLAYED,
                T0.plusSeconds(7 * 3600));
        // 1: text, public, started playing here (still playing): newest
        ids.add(played("Tiêm phòng cho trẻ", null, false, DeliveryState.PLAYING, T0.plusSeconds(5 * 3600),
                "rx-pub-here"));
        // 2: text the staff kept private
        ids.add(played("Riêng tư không đăng", false, false, DeliveryState.PLAYED, T0.plusSeconds(3600),
                "rx-pub-here"));
        // 3: a recording, by default not public
        ids.add(played("Ghi âm mặc định", null, true, DeliveryState.PLAYED, T0.plusSeconds(3600), "rx-pub-here"));
        // 4: a recording the staff made public, preempted after it started
        ids.add(played("Ghi âm công khai", true, true, DeliveryState.PREEMPTED, T0.plusSeconds(2 * 3600),
                "rx-pub-here"));
        // 5: public, but here it never started (failed before playing, expired)
        ids.add(played("Chưa phát được", null, false, DeliveryState.FAILED, null, "rx-pub-here"));
        fixture.delivery(ids.get(5), "rx-pub-here", T0, DeliveryState.EXPIRED, null);
        // 6: public, played only in the other commune
        ids.add(played("Tin xã khác", null, false, DeliveryState.PLAYED, T0.plusSeconds(3 * 3600), "rx-pub-other"));
        // 7: played here but not approved (a store that disagrees with itself still shows nothing unapproved)
        final long unapproved = fixture.bulletin("Chưa duyệt", "Chưa duyệt", null, false, BulletinState.SUBMITTED,
                here.id);
        fixture.delivery(unapproved, "rx-pub-here", T0, DeliveryState.PLAYED, T0);
        ids.add(unapproved);
        // 8: PLAYED reported without a start time: dated by the broadcast's planned time
        ids.add(played("Phát không rõ giờ", null, false, DeliveryState.PLAYED, null, "rx-pub-here"));
    }

    private long played(final String title, final Boolean choice, final boolean recorded, final DeliveryState state,
            final Instant startedAt, final String receiver) {
        final long id = fixture.bulletin(title, title + ". Nội dung bản tin.", choice, recorded, BulletinState.APPROVED,
                here.id);
        fixture.delivery(id, receiver, startedAt == null ? T0.plusSeconds(4 * 3600) : startedAt, state, startedAt);
        return id;
    }

    private static String slug(final Area a) {
        return a.publicSlug;
    }

    @Test
    void slug_isTheNameInAscii() {
        assertEquals("xa-dong-ha-trang", slug(here));
        assertEquals("xa-tay-son-trang", slug(elsewhere));
    }

    @Test
    void page_listsPublicBulletinsHeardInTheCommune_newestFirst() {
        final String html = given().get("/c/" + slug(here)).then().statusCode(200)
                .contentType(containsString("text/html")).header("Set-Cookie", nullValue())
                .header("Cache-Control", "public, max-age=300").extract().asString();
        assertEquals(List.of(ids.get(1), ids.get(8), ids.get(4), ids.get(0)), articles(html));
        assertTrue(html.contains("<time datetime=\"2026-11-01T08:00:00+07:00\">08:00, 01/11/2026</time>"), html);
        assertTrue(html.contains("src=\"/api/audio/" + PublicFixture.FAKE_SHA + ".mp3\""), html);
        assertTrue(html.contains("Tiêm phòng cho trẻ. Nội dung bản tin."), html);
        assertTrue(html.contains("lang=\"vi\""), html);
        assertFalse(html.contains("<script"), "no script on the public page");
        assertFalse(html.contains("http://") || html.contains("https://"), "no outside resource: " + html);
        for (String internal : List.of("rx-pub", "staff", "approver", "Thôn Trên", "APPROVED", "PLAYED")) {
            assertFalse(html.contains(internal), internal + " must not be shown");
        }
        assertEquals(List.of(ids.get(6)), articles(given().get("/c/" + slug(elsewhere)).then().statusCode(200)
                .extract().asString()));
    }

    @Test
    void page_inEnglish_withSwitchBack() {
        final String html = given().get("/c/" + slug(here) + "?lang=en").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("lang=\"en\""), html);
        assertTrue(html.contains("Played <time"), html);
        assertTrue(html.contains("href=\"/c/" + slug(here) + "\" id=\"lang\""), html);
        assertTrue(html.contains("/c/" + slug(here) + "/podcast.rss?lang=en"), html);
        assertTrue(given().get("/c/" + slug(here)).then().extract().asString()
                .contains("href=\"/c/" + slug(here) + "?lang=en\" id=\"lang\""));
    }

    @Test
    void unknownCommune_isPlainNotFoundPage() {
        for (String path : List.of("/c/xa-khong-co-that", "/c/Xa%20Dong", "/c/xa--dong", "/c/" + "a".repeat(200),
                "/c/xa-khong-co-that/podcast.rss", "/c/" + slug(here) + "/khong-co")) {
            given().get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(not(containsString("application/problem"))).body(containsString("<h1>"));
        }
        given().get("/c/xa-khong-co-that").then().body(containsString("Không có xã nào ở địa chỉ này."));
        given().get("/c/xa-khong-co-that?lang=en").then().body(containsString("There is no commune at this address."));
    }

    @Test
    void villageOrArchivedCommune_isNotFound() {
        final Area gone = fixture.receiverIn("rx-pub-gone", "Bắc Đã Bỏ", "Thôn Cũ");
        final long b = fixture.bulletin("Tin cũ", "Tin cũ", null, false, BulletinState.APPROVED, gone.id);
        fixture.delivery(b, "rx-pub-gone", T0, DeliveryState.PLAYED, T0);
        given().get("/c/" + gone.publicSlug).then().statusCode(200).body(containsString("Tin cũ"));
        fixture.archive(gone.id);
        given().get("/c/" + gone.publicSlug).then().statusCode(404).contentType(containsString("text/html"))
                .body(not(containsString("Tin cũ")));
        given().get("/c/" + gone.publicSlug + "/podcast.rss").then().statusCode(404);
        given().get("/c/thon-cu").then().statusCode(404);
    }

    @Test
    void badPageNumber_isNotFound() {
        for (String p : List.of("0", "-1", "abc", "2", "99999999999")) {
            given().get("/c/" + slug(here) + "?p=" + p).then().statusCode(404)
                    .contentType(containsString("text/html"));
        }
        given().get("/c/" + slug(here) + "?p=1").then().statusCode(200);
    }

    @Test
    void postToThePage_isRefusedAsAPage() {
        given().post("/c/" + slug(here)).then().statusCode(405).contentType(containsString("text/html"));
    }

    @Test
    void stylesheet_isSmallAndPublic() {
        final byte[] css = given().get("/css/public.css").then().statusCode(200).extract().asByteArray();
        assertTrue(css.length < 2048, "public.css is " + css.length + " bytes");
    }

    static List<Long> articles(final String html) {
        final Matcher m = Pattern.compile("<article id=\"b(\\d+)\">").matcher(html);
        final List<Long> found = new ArrayList<>();
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    static int bytes(final String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
