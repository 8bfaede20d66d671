package vn.loa.broadcast;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/** Scheduling from the web UI (Vietnam time, targets, errors, double submit) and the broadcast pages. */
@QuarkusTest
class BroadcastPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static String receiver(final String commune) {
        final String id = "ui-" + Long.toString(System.nanoTime(), 36);
        as("admin").body(Map.of("id", id, "name", "Loa <i>" + id + "</i>", "village", "Thôn Má", "commune", commune))
                .post("/api/receivers").then().statusCode(201);
        return id;
    }

    /** Each test its own commune: other test classes count the receivers of the demo communes. */
    private static String uniqueCommune() {
        return "Xã thử " + System.nanoTime();
    }

    private static String token(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }

    private static Map<String, Object> form(final String token, final LocalDateTime at, final List<String> receivers) {
        final Map<String, Object> f = new HashMap<>();
        f.put("formToken", token);
        f.put("date", at.toLocalDate().toString());
        f.put("time", at.toLocalTime().withNano(0).toString());
        f.put("receivers", receivers);
        return f;
    }

    @Test
    void schedule_vietnamTime_becomesTheRightInstantAndOneBroadcastOnDoubleSubmit() {
        final String rx = receiver(uniqueCommune());
        final long bulletin = Api.approvedBulletin("Schedule me", "Market moves to Friday.");
        final UiSession staff = UiSession.login(vn.loa.support.Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        staff.get(page).then().statusCode(200).body(containsString("value=\"" + rx + "\""),
                containsString("Loa &lt;i&gt;"), not(containsString("Loa <i>")));
        final String token = token(staff, page);
        final LocalDateTime at = LocalDateTime.now(HCM).plusHours(2).withSecond(0).withNano(0);
        final Response first = staff.post(page, form(token, at, List.of(rx)));
        assertEquals(303, first.statusCode(), first.asString());
        final Response second = staff.post(page, form(token, at, List.of(rx)));
        assertEquals(first.header("Location"), second.header("Location"));
        final long id = Long.parseLong(first.header("Location").replaceAll(".*/ui/broadcasts/(\\d+)$", "$1"));
        as(vn.loa.support.Api.provinceUser("official")).get("/api/broadcasts/" + id).then().statusCode(200)
                .body("playAt", equalTo(at.atZone(HCM).toInstant().toString()), "deliveries.size()", equalTo(1));
        final int forBulletin = as(vn.loa.support.Api.provinceUser("official")).get("/api/broadcasts?limit=500").then().extract().jsonPath()
                .getList("findAll { it.bulletinId == " + bulletin + " }").size();
        assertEquals(1, forBulletin);
        staff.get("/ui/broadcasts/" + id).then().statusCode(200)
                .body(containsString("data-receiver=\"" + rx + "\""), containsString("data-poll="),
                        containsString("/js/live.js"));
        staff.get("/ui/broadcasts/" + id + "/rows").then().statusCode(200)
                .body(containsString("data-receiver=\"" + rx + "\""), not(containsString("<html")),
                        anyOf(containsString("data-state=\"QUEUED\">Chờ gửi<"),
                                containsString("data-state=\"SENT\">Đã gửi<")));
        staff.get("/ui/broadcasts/" + id + "/rows?lang=en").then().body(anyOf(
                containsString("data-state=\"QUEUED\">Queued<"), containsString("data-state=\"SENT\">Sent<")));
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/broadcasts").then().statusCode(200)
                .body(containsString("/ui/broadcasts/" + id));
    }

    @Test
    void schedule_villageTarget_reachesItsReceivers() {
        final String commune = uniqueCommune();
        final String rx = receiver(commune);
        final long bulletin = Api.approvedBulletin("Village", "Vaccination at the clinic.");
        final UiSession staff = UiSession.login(vn.loa.support.Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final Map<String, Object> f = form(token(staff, page), LocalDateTime.now(HCM).plusHours(1), List.of());
        f.put("villages", List.of(TargetTree.villageValue(commune, "Thôn Má")));
        final Response r = staff.post(page, f);
        assertEquals(303, r.statusCode(), r.asString());
        as(vn.loa.support.Api.provinceUser("official")).get(r.header("Location").replaceAll(".*/ui/", "/api/")).then()
                .body("deliveries[0].receiverId", equalTo(rx));
    }

    @Test
    void schedule_timeInPast_showsMessage() {
        final String rx = receiver(uniqueCommune());
        final long bulletin = Api.approvedBulletin("Past", "Too late.");
        final UiSession staff = UiSession.login(vn.loa.support.Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        staff.post(page, form(token(staff, page), LocalDateTime.now(HCM).minusHours(1), List.of(rx))).then()
                .statusCode(400).body(containsString("Giờ phát đã qua"));
    }

    @Test
    void schedule_noTargets_showsMessage() {
        final long bulletin = Api.approvedBulletin("Nowhere", "No one hears this.");
        final UiSession staff = UiSession.login(vn.loa.support.Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        staff.post(page, form(token(staff, page), LocalDateTime.now(HCM).plusHours(1), List.of())).then()
                .statusCode(400).body(containsString("Hãy chọn ít nhất một"));
    }

    @Test
    void schedule_badTime_showsMessage() {
        final long bulletin = Api.approvedBulletin("Bad time", "Whenever.");
        final UiSession staff = UiSession.login(vn.loa.support.Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final Map<String, Object> f = form(token(staff, page), LocalDateTime.now(HCM).plusHours(1), List.of("x"));
        f.put("time", "25:99");
        staff.post(page, f).then().statusCode(400).body(containsString("Ngày hoặc giờ không hợp lệ"));
    }

    @Test
    void schedule_draftBulletin_saysOnlyApprovedAndShowsNoForm() {
        final long draft = as("staff").body(Map.of("title", "Draft", "text", "Not yet.", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        UiSession.login(vn.loa.support.Api.provinceUser("staff")).get("/ui/bulletins/" + draft + "/schedule").then().statusCode(200)
                .body(containsString("Chỉ lên lịch được bản tin đã duyệt"), not(containsString("id=\"schedule\"")));
    }

    @Test
    void schedule_official_isForbidden() {
        final long bulletin = Api.approvedBulletin("Officials read", "Only read.");
        UiSession.login(vn.loa.support.Api.provinceUser("official")).get("/ui/bulletins/" + bulletin + "/schedule").then().statusCode(403);
    }
}
