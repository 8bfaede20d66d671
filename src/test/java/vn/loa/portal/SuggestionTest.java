package vn.loa.portal;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/**
 * Suggestions for staff ({@code /api/portal/suggestions}, the staff home): the feeds of their commune and province
 * and no other commune's; one click makes one DRAFT (twice: the same), with the source link kept and shown, which
 * then takes the normal approval by someone else.
 */
@QuarkusTest
class SuggestionTest {

    @Inject
    FeedPoller poller;

    private PortalFixture portal;

    @BeforeEach
    void feeds() throws Exception {
        portal = new PortalFixture(poller);
    }

    @AfterEach
    void removeFeeds() {
        portal.close();
    }

    @Test
    void api_ownCommuneAndProvince_notAnotherCommune() {
        final List<Integer> ids = as("staff").get("/api/portal/suggestions").then().statusCode(200).extract()
                .jsonPath().getList("id");
        portal.articles(0).forEach(id -> assertTrue(ids.contains(id.intValue()), "commune article " + id));
        portal.articles(1).forEach(id -> assertTrue(ids.contains(id.intValue()), "province article " + id));
        portal.articles(2).forEach(id -> assertFalse(ids.contains(id.intValue()), "other commune's " + id));
        final long other = portal.articles(2).get(0);
        as("staff").post("/api/portal/suggestions/" + other + "/draft").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        as("staff").post("/api/portal/suggestions/" + other + "/dismiss").then().statusCode(404);
        as("staff").post("/api/portal/suggestions/999999999/draft").then().statusCode(404);
        for (String user : new String[] {"approver", "official", "admin"}) {
            as(user).get("/api/portal/suggestions").then().statusCode(403);
            as(user).post("/api/portal/suggestions/" + portal.articles(0).get(0) + "/draft").then().statusCode(403);
        }
    }

    @Test
    void api_draftTwice_sameDraft_plainText_sourceKept_thenFourEyes() {
        final long article = portal.articles(0).get(0);
        final Response first = as("staff").post("/api/portal/suggestions/" + article + "/draft");
        first.then().statusCode(201).body("made", equalTo(true));
        final long bulletin = first.jsonPath().getLong("bulletinId");
        as("staff").post("/api/portal/suggestions/" + article + "/draft").then().statusCode(200)
                .body("bulletinId", equalTo((int) bulletin)).body("made", equalTo(false));
        final JsonPath b = as("staff").get("/api/bulletins/" + bulletin).then().statusCode(200).extract().jsonPath();
        assertEquals("DRAFT", b.getString("state"));
        assertEquals("staff", b.getString("author"));
        assertEquals("https://lungcu.example.vn/tin/tiem-phong", b.getString("sourceUrl"));
        assertEquals("Lịch tiêm phòng cho gia súc & gia cầm", b.getString("title"));
        assertEquals("Từ ngày 10/12, thú y xã tiêm phòng lở mồm long móng.\n\n"
                + "Bà con đưa gia súc đến nhà văn hoá thôn.", b.getString("text"));
        as("staff").get("/api/portal/suggestions").then().body("id", not(hasItem((int) article)));

        as("staff").post("/api/bulletins/" + bulletin + "/submit").then().statusCode(200);
        as("staff").post("/api/bulletins/" + bulletin + "/approve").then().statusCode(403);
        as("approver").post("/api/bulletins/" + bulletin + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("decidedBy", equalTo("approver"))
                .body("sourceUrl", equalTo("https://lungcu.example.vn/tin/tiem-phong"));
    }

    @Test
    void api_dismiss_hidesIt() {
        final long article = portal.articles(1).get(0);
        as("staff").post("/api/portal/suggestions/" + article + "/dismiss").then().statusCode(204);
        as("staff").post("/api/portal/suggestions/" + article + "/dismiss").then().statusCode(204);
        as("staff").get("/api/portal/suggestions").then().body("id", not(hasItem((int) article)));
    }

    @Test
    void page_homeShowsSuggestions_oneClickDraft_sourceOnPageAndQueue() {
        final UiSession staff = UiSession.login("staff");
        final long article = portal.articles(0).get(0);
        final String home = staff.get("/ui").asString();
        assertTrue(home.contains("Tin mới từ cổng thông tin"), "the suggestions, in Vietnamese");
        assertTrue(home.contains("data-article=\"" + article + "\""));
        assertTrue(home.contains("Lịch tiêm phòng cho gia súc &amp; gia cầm"), "escaped");
        assertFalse(home.contains("<script>alert"), "no markup from the feed");
        assertTrue(staff.get("/ui?lang=en").asString().contains("New from the e-portal"));

        staff.csrfFrom("/ui");
        final Response made = staff.post("/ui/portal/suggestions/" + article + "/draft", Map.of());
        assertEquals(303, made.statusCode());
        final String where = made.header("Location");
        assertTrue(where.matches(".*/ui/bulletins/\\d+"), where);
        assertEquals(where, staff.post("/ui/portal/suggestions/" + article + "/draft", Map.of()).header("Location"),
                "a second click lands on the same draft");
        final String page = staff.get(where.substring(where.indexOf("/ui/"))).asString();
        assertTrue(page.contains("id=\"source-url\""), "the source is shown");
        assertTrue(page.contains("<a href=\"https://lungcu.example.vn/tin/tiem-phong\" rel=\"noopener noreferrer "
                + "nofollow\""), "linked safely");
        assertFalse(staff.get("/ui").asString().contains("data-article=\"" + article + "\""), "no longer suggested");

        final long bulletin = Long.parseLong(where.substring(where.lastIndexOf('/') + 1));
        as("staff").post("/api/bulletins/" + bulletin + "/submit").then().statusCode(200);
        final String queue = UiSession.login("approver").get("/ui/approvals").asString();
        assertTrue(queue.contains("data-source=\"portal\""), "the approval queue says where it came from");
        assertTrue(queue.contains("Nguồn: <a href=\"https://lungcu.example.vn/tin/tiem-phong\""));
    }

    @Test
    void page_dismiss_andAnotherCommunesArticle_404() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui");
        final long article = portal.articles(1).get(0);
        assertEquals(303, staff.post("/ui/portal/suggestions/" + article + "/dismiss", Map.of()).statusCode());
        assertFalse(staff.get("/ui").asString().contains("data-article=\"" + article + "\""));
        staff.csrfFrom("/ui");
        final Response other = staff.post("/ui/portal/suggestions/" + portal.articles(2).get(0) + "/draft",
                Map.of());
        assertEquals(404, other.statusCode());
        assertTrue(other.contentType().startsWith("text/html"), "an error page, not JSON");
    }

    @Test
    void adminPage_showsEachFeedsResult_addsOnce_refusesBadAddress() {
        final UiSession admin = UiSession.login("admin");
        final String page = admin.get("/ui/portal-feeds").asString();
        assertTrue(page.contains("Cổng xã khác"));
        assertTrue(page.contains("2 bài mới"), "the last poll's result");
        final java.util.regex.Matcher token = java.util.regex.Pattern.compile(
                "name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        admin.csrfFrom("/ui/portal-feeds");
        final Response bad = admin.post("/ui/portal-feeds", Map.of("formToken", token.group(1), "url",
                "ftp://x.example.vn/rss", "area", String.valueOf(portal.commune), "name", ""));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Địa chỉ phải là địa chỉ đầy đủ"), "the refusal in words");
        final String url = portal.server.url("/khac.rss") + "?them=1";
        assertEquals(303, admin.post("/ui/portal-feeds", Map.of("formToken", token.group(1), "url", url,
                "area", String.valueOf(portal.commune), "name", "Thêm")).statusCode());
        assertEquals(303, admin.post("/ui/portal-feeds", Map.of("formToken", token.group(1), "url", url,
                "area", String.valueOf(portal.commune), "name", "Thêm")).statusCode());
        final List<Integer> added = as("admin").get("/api/portal-feeds").then().extract().jsonPath()
                .getList("findAll { it.url == '" + url + "' }.id");
        assertEquals(1, added.size(), "added once");
        portal.feeds.add(added.get(0).longValue());
        assertEquals(403, UiSession.login("staff").get("/ui/portal-feeds").statusCode());
    }
}
