package vn.loa.broadcast;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.bulletin.Bulletin;
import vn.loa.support.Api;
import vn.loa.support.UiSession;
import vn.loa.web.TimeFormat;

/**
 * The broadcast page and its actions: cancel and stop behind a confirmation, refused with a message for the roles
 * and areas that may not; receiver and village names, the on-air duration, the now-playing mark and paging.
 */
@QuarkusTest
class BroadcastActionPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Inject
    ManyReceivers fixture;

    /** A bulletin of the province (so the demo commune's users do not see it), approved with real audio. */
    private static long provinceBulletin(final String title) {
        final long id = as(Api.provinceUser("staff")).body(Map.of("title", title, "text",
                "The road to the market is closed for repairs.", "language", "en", "priority", "important"))
                .post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        as(Api.provinceUser("staff")).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as(Api.provinceUser("approver")).post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private ManyReceivers.Fleet fleet(final int n) {
        return fixture.broadcast(n, "Loa chợ Phố Cáo", "Thôn Sủng Là", provinceBulletin("Đường chợ " + n),
                Api.provinceUser("staff"));
    }

    private static String token(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }

    private static Map<String, Object> form(final Object... pairs) {
        final Map<String, Object> f = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static JsonPath api(final long broadcast) {
        return as("admin").get("/api/broadcasts/" + broadcast).then().statusCode(200).extract().jsonPath();
    }

    private static int audited(final String action, final String subject) {
        return as("admin").get("/api/audit?action=" + action + "&subject=" + subject).then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    private static int stops(final String receiver) {
        return as("admin").get("/api/control-commands?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.type == 'stop' && it.receiverId == '" + receiver + "' }").size();
    }

    @Test
    void cancel_withConfirmation_cancelsOnceAndAudits() {
        final ManyReceivers.Fleet f = fleet(3);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        staff.get(page).then().statusCode(200).body(containsString("id=\"cancel\""),
                containsString("href=\"" + page + "/cancel\""));
        staff.get(page + "/cancel").then().statusCode(200).body(containsString("name=\"reason\""),
                containsString("name=\"confirm\""), containsString("required"));
        final String token = token(staff, page + "/cancel");
        final Map<String, Object> f1 = form("formToken", token, "reason", "Lệnh cảnh báo đã được dỡ bỏ",
                "confirm", "yes");
        final Response first = staff.post(page + "/cancel", f1);
        assertEquals(303, first.statusCode(), first.asString());
        assertTrue(first.header("Location").endsWith(page + "?done=canceled"), first.header("Location"));
        final Response again = staff.post(page + "/cancel", f1);
        assertEquals(303, again.statusCode(), "a double tap goes where the first went, without an error");
        assertEquals(first.header("Location"), again.header("Location"));

        final JsonPath v = api(f.broadcast());
        assertEquals(Api.provinceUser("staff"), v.getString("canceledBy"));
        assertEquals("Lệnh cảnh báo đã được dỡ bỏ", v.getString("cancelReason"));
        assertEquals(3, v.getInt("counts.CANCELED"));
        assertEquals(1, audited("broadcast.cancelled", "broadcast:" + f.broadcast()));
        staff.get(page + "?done=canceled").then().statusCode(200).body(containsString("id=\"notice\""),
                containsString("Đã huỷ buổi phát."), containsString("Lệnh cảnh báo đã được dỡ bỏ"),
                not(containsString("id=\"cancel\"")));
    }

    @Test
    void cancel_missingReasonOrTick_showsMessageAndChangesNothing() {
        final ManyReceivers.Fleet f = fleet(2);
        final String page = "/ui/broadcasts/" + f.broadcast() + "/cancel";
        final UiSession staff = UiSession.login(Api.provinceUser("approver"));
        final String token = token(staff, page);
        staff.post(page, form("formToken", token, "reason", "  ", "confirm", "yes")).then().statusCode(400)
                .body(containsString("Hãy ghi lý do huỷ."), containsString("name=\"formToken\" value=\"" + token));
        staff.post(page, form("formToken", token, "reason", "Trời mưa to")).then().statusCode(400)
                .body(containsString("Hãy đánh dấu ô xác nhận."), containsString("value=\"Trời mưa to\""));
        staff.post(page, form("formToken", token, "reason", "hai\ndòng", "confirm", "yes")).then().statusCode(400)
                .body(containsString("ký tự điều khiển"));
        staff.post(page, form("formToken", "not-a-token", "reason", "Trời mưa", "confirm", "yes")).then()
                .statusCode(400).body(containsString("Biểu mẫu đã hết hạn"));
        staff.post(page + "?lang=en", form("formToken", token, "reason", "")).then().statusCode(400)
                .body(containsString("Write why it is canceled."));
        final JsonPath v = api(f.broadcast());
        assertNull(v.get("canceledAt"));
        assertEquals(2, v.getInt("counts.QUEUED"));
        assertEquals(0, audited("broadcast.cancelled", "broadcast:" + f.broadcast()));
    }

    @Test
    void stop_withConfirmation_stopsOnlyTheReceiversPlayingIt() {
        final ManyReceivers.Fleet f = fleet(3);
        final String playing = f.receivers().get(1);
        fixture.state(f.broadcast(), playing, DeliveryState.PLAYING);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        staff.get(page).then().statusCode(200).body(containsString("id=\"stop\""),
                containsString("1 loa đang phát buổi này"));
        staff.get(page + "/stop").then().statusCode(200).body(containsString("data-receiver=\"" + playing + "\""),
                containsString("Loa chợ Phố Cáo 2"), not(containsString("Loa chợ Phố Cáo 1<")));
        final String token = token(staff, page + "/stop");
        staff.post(page + "/stop", form("formToken", token)).then().statusCode(400)
                .body(containsString("Hãy đánh dấu ô xác nhận."));
        assertEquals(0, stops(playing));
        final Response r = staff.post(page + "/stop", form("formToken", token, "confirm", "yes"));
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith(page + "?done=stopped"));
        assertEquals(303, staff.post(page + "/stop", form("formToken", token, "confirm", "yes")).statusCode());
        assertEquals(1, stops(playing), "one stop, though the form was sent twice");
        assertEquals(0, stops(f.receivers().get(0)));
        assertEquals(0, stops(f.receivers().get(2)));
        assertEquals(1, audited("control.stop", "receivers:" + playing));
    }

    @Test
    void stop_nothingPlaying_saysSoAndSendsNothing() {
        final ManyReceivers.Fleet f = fleet(1);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        staff.get(page).then().statusCode(200).body(not(containsString("id=\"stop\"")));
        staff.get(page + "/stop").then().statusCode(200).body(containsString("Không loa nào đang phát buổi này."),
                not(containsString("id=\"stop-form\"")));
        // the form is not offered; a post with a valid token of this user still stops nothing, and says so
        final String token = token(staff, "/ui/bulletins/new");
        staff.post(page + "/stop", form("formToken", token, "confirm", "yes")).then().statusCode(409)
                .body(containsString("Không loa nào đang phát buổi này."));
        assertEquals(0, stops(f.receivers().get(0)));
    }

    @Test
    void official_seesNoButtons_andForgedPostsAreRefused() {
        final ManyReceivers.Fleet f = fleet(2);
        fixture.state(f.broadcast(), f.receivers().get(0), DeliveryState.PLAYING);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession official = UiSession.login(Api.provinceUser("official"));
        official.get(page).then().statusCode(200).body(containsString("1 loa đang phát buổi này"),
                not(containsString("id=\"cancel\"")), not(containsString("id=\"stop\"")));
        official.get(page + "/cancel").then().statusCode(403).body(containsString("Vai trò của bạn không được huỷ"),
                not(containsString("name=\"formToken\"")));
        official.csrfFrom(page);
        official.post(page + "/cancel", form("formToken", "forged", "reason", "Tôi muốn huỷ", "confirm", "yes"))
                .then().statusCode(403).body(containsString("Vai trò của bạn không được huỷ"));
        official.post(page + "/stop", form("formToken", "forged", "confirm", "yes")).then().statusCode(403)
                .body(containsString("Vai trò của bạn không được dừng loa"));
        assertNull(api(f.broadcast()).get("canceledAt"));
        assertEquals(0, stops(f.receivers().get(0)));
        // the administrator may stop (as POST /api/stop) but not cancel (as POST /api/broadcasts/{id}/cancel)
        UiSession.login("admin").get(page).then().statusCode(200).body(containsString("id=\"stop\""),
                not(containsString("id=\"cancel\"")));
    }

    @Test
    void post_withoutCsrfToken_isRefused() {
        final ManyReceivers.Fleet f = fleet(1);
        final String page = "/ui/broadcasts/" + f.broadcast() + "/cancel";
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String token = token(staff, page);
        staff.post(page, form("formToken", token, "reason", "Không có CSRF", "confirm", "yes", "csrf-token", "wrong"))
                .then().statusCode(400);
        assertNull(api(f.broadcast()).get("canceledAt"));
    }

    @Test
    void communeStaff_provinceBroadcastOutsideTheirArea_isNotFound() {
        final ManyReceivers.Fleet f = fleet(1);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession staff = UiSession.login("staff");
        staff.get(page).then().statusCode(404);
        staff.get(page + "/cancel").then().statusCode(404);
        staff.get(page + "/stop").then().statusCode(404);
        staff.csrfFrom("/ui");
        staff.post(page + "/cancel", form("formToken", "x", "reason", "Không phải của tôi", "confirm", "yes"))
                .then().statusCode(404);
        staff.post(page + "/stop", form("formToken", "x", "confirm", "yes")).then().statusCode(404);
        assertNull(api(f.broadcast()).get("canceledAt"));
    }

    @Test
    void communeStaff_ownBulletinPlayingOutsideTheirArea_noButtonAndRefusedWithMessage() {
        // the bulletin is the commune's, so its staff see the broadcast, but it plays in another commune too
        final ManyReceivers.Fleet f = fixture.broadcast(2, "Loa xã khác", "Thôn Khác",
                Api.approvedBulletin("Của xã, phát ở xã khác", "Heard elsewhere."), Api.provinceUser("staff"));
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession staff = UiSession.login("staff");
        staff.get(page).then().statusCode(200).body(not(containsString("id=\"cancel\"")),
                not(containsString("data-receiver=\"" + f.receivers().get(0) + "\"")));
        staff.get(page + "/cancel").then().statusCode(409).body(containsString("không huỷ được nữa"));
        // a forged post with a valid token of this user (tokens are per user): the service refuses, the page says why
        final String token = token(staff, "/ui/bulletins/new");
        staff.post(page + "/cancel", form("formToken", token, "reason", "Thử", "confirm", "yes")).then()
                .statusCode(403).body(containsString("Buổi phát có loa ngoài địa bàn của bạn"));
        assertNull(api(f.broadcast()).get("canceledAt"));
        assertEquals(0, audited("broadcast.cancelled", "broadcast:" + f.broadcast()));
    }

    @Test
    void page_showsNamesNotIds_theDurationAndWhoIsPlaying() {
        final ManyReceivers.Fleet f = fleet(2);
        fixture.state(f.broadcast(), f.receivers().get(1), DeliveryState.PLAYING);
        final long durationMs = QuarkusTransaction.requiringNew().call(() -> {
            final Broadcast b = Broadcast.findById(f.broadcast());
            return Bulletin.<Bulletin>findById(b.bulletinId).audioDurationMs;
        });
        final String expected = TimeFormat.duration(durationMs);
        final String html = UiSession.login(Api.provinceUser("official")).get("/ui/broadcasts/" + f.broadcast())
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"duration\">" + expected + "<"), expected + " in " + html);
        assertTrue(html.contains("class=\"receiver-name\">Loa chợ Phố Cáo 1<"), html);
        assertTrue(html.contains("class=\"village\"><span>Thôn Sủng Là<span class=\"hint\"> · " + f.commune()), html);
        assertTrue(html.contains("class=\"playing-now\""), "the playing receiver is marked");
        final String text = TAG.matcher(html).replaceAll(" ");
        for (String id : f.receivers()) {
            assertFalse(text.contains(id), "receiver ids stay out of the text people read: " + id);
        }
        UiSession.login(Api.provinceUser("official")).get("/ui/broadcasts/" + f.broadcast() + "/rows?lang=en")
                .then().body(containsString("data-state=\"PLAYING\">Playing"), containsString("Loa chợ Phố Cáo 2"));
    }

    @Test
    void page_manyReceivers_showsFiftyAtATimeWithPageLinks() {
        final ManyReceivers.Fleet f = fleet(60);
        final String page = "/ui/broadcasts/" + f.broadcast();
        final UiSession official = UiSession.login(Api.provinceUser("official"));
        final String first = official.get(page).then().statusCode(200).extract().asString();
        assertEquals(BroadcastPages.PAGE_SIZE, count(first, "<tr data-receiver="));
        assertTrue(first.contains("Tổng số loa: 60"), first);
        assertTrue(first.contains("href=\"" + page + "?page=1\""), "a link to the next page");
        assertTrue(first.contains("data-poll=\"" + page + "/rows?page=0\""));
        final String second = official.get(page + "?page=1").then().statusCode(200).extract().asString();
        assertEquals(10, count(second, "<tr data-receiver="));
        assertTrue(second.contains("Loa 51–60 trên 60"), second);
        assertTrue(second.contains("href=\"" + page + "?page=0\""), "a link back");
        official.get(page + "?page=abc").then().statusCode(400).body(containsString("Số trang không hợp lệ"),
                containsString("data-receiver=\"" + f.receivers().get(0) + "\""));
    }

    private static int count(final String text, final String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
