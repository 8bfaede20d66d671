package vn.loa.emergency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * The emergency pages: the red button for staff, the form and its refusals in the page, the page that follows the
 * emergency, the approvers' banner (approvers of the area only), the queue with emergencies first, and "Đính chính"
 * from the broadcast page.
 */
@QuarkusTest
class EmergencyPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private static String formToken(final UiSession s, final String page) {
        final String html = s.get(page).then().statusCode(200).extract().asString();
        final Matcher m = FORM_TOKEN.matcher(html);
        assertTrue(m.find(), page + " has a form token");
        s.csrfFrom(page);
        return m.group(1);
    }

    private static Map<String, Object> form(final String token, final String title, final String text,
            final List<Long> areas) {
        final Map<String, Object> f = new HashMap<>();
        f.put("formToken", token);
        f.put("title", title);
        f.put("text", text);
        f.put("language", "en");
        if (!areas.isEmpty()) {
            f.put("area", areas);
        }
        return f;
    }

    private static long emergencies() {
        return QuarkusTransaction.requiringNew().call(() -> Emergency.count());
    }

    @Test
    void redButton_isForStaffOnly() {
        UiSession.login("staff").get("/ui").then().statusCode(200)
                .body(containsString("id=\"emergency-button\""), containsString("href=\"/ui/emergency\""),
                        containsString("id=\"home-emergency\""), containsString("Phát khẩn cấp"));
        for (String user : List.of("approver", "official", "admin")) {
            UiSession.login(user).get("/ui").then().statusCode(200)
                    .body(not(containsString("id=\"emergency-button\"")), not(containsString("id=\"home-emergency\"")));
        }
    }

    @Test
    void form_sendsOnce_thenThePageFollowsIt() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/emergency");
        staff.get("/ui/emergency").then().body(containsString("href=\"/ui/templates\""),
                containsString("Dùng mẫu đã duyệt"), not(containsString("Toàn tỉnh")));
        final long before = emergencies();
        final Map<String, Object> f = form(token, "Cháy rừng", "Fire on the hill, keep away.", List.of(Api.demoAreaId()));
        final String location = staff.post("/ui/emergency", f).then().statusCode(303)
                .header("Location", containsString("/ui/emergency/")).extract().header("Location");
        staff.post("/ui/emergency", f).then().statusCode(303).header("Location", equalToLocation(location));
        assertEquals(before + 1, emergencies(), "a double submit sends one emergency");
        final String path = location.substring(location.indexOf("/ui/"));
        staff.get(path).then().statusCode(200).body(containsString("Cháy rừng"), containsString("Đang chờ duyệt"),
                containsString("data-poll=\"" + path + "/state\""), containsString("data-final=\"false\""));
        staff.get(path + "/state").then().statusCode(200).body(containsString("data-state=\"waiting\""));
        staff.get(path + "?lang=en").then().body(containsString("Waiting for approval"));
    }

    private static org.hamcrest.Matcher<String> equalToLocation(final String location) {
        return org.hamcrest.Matchers.equalTo(location);
    }

    @Test
    void form_refusals_areMessagesInThePage_andSendNothing() {
        final UiSession staff = UiSession.login("staff");
        final long before = emergencies();
        staff.post("/ui/emergency", form(formToken(staff, "/ui/emergency"), " ", "Text", List.of(Api.demoAreaId())))
                .then().statusCode(400).body(containsString("Hãy nhập Tiêu đề."));
        staff.post("/ui/emergency", form(formToken(staff, "/ui/emergency"), "Title", " ", List.of(Api.demoAreaId())))
                .then().statusCode(400).body(containsString("Hãy nhập Nội dung."));
        staff.post("/ui/emergency", form(formToken(staff, "/ui/emergency"), "Title", "Text", List.of()))
                .then().statusCode(400).body(containsString("Chọn ít nhất một nơi phát."));
        staff.post("/ui/emergency", form(formToken(staff, "/ui/emergency"), "T".repeat(201), "Text",
                List.of(Api.demoAreaId()))).then().statusCode(400).body(containsString("quá dài: 201/200"));
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().extract().jsonPath()
                .getLong("parentId");
        staff.post("/ui/emergency", form(formToken(staff, "/ui/emergency"), "Title", "Text", List.of(province)))
                .then().statusCode(403).body(containsString("Không thực hiện được"));
        staff.post("/ui/emergency", form("not-a-token", "Title", "Text", List.of(Api.demoAreaId())))
                .then().statusCode(400).body(containsString("Biểu mẫu đã hết hạn"));
        assertEquals(before, emergencies());
    }

    @Test
    void form_recording_playsTheStaffsRecordingInItsLanguage() {
        final long draft = as("staff").body(Map.of("title", "Ghi âm tiếng Mông", "text", "Tóm tắt: sơ tán",
                "language", "hmn", "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("staff").contentType("audio/wav").body(vn.loa.audio.RecordingFixtures.wav(22_050, 1, 2_000, -32))
                .put("/api/bulletins/" + draft + "/recording").then().statusCode(200);
        final UiSession staff = UiSession.login("staff");
        staff.get("/ui/emergency").then().body(containsString("<option value=\"" + draft + "\">Ghi âm tiếng Mông"));
        final Map<String, Object> f = form(formToken(staff, "/ui/emergency"), "Sơ tán", "Tóm tắt: sơ tán ngay",
                List.of(Api.demoAreaId()));
        f.put("recordingId", String.valueOf(draft));
        final String location = staff.post("/ui/emergency", f).then().statusCode(303).extract().header("Location");
        final long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        as("staff").get("/api/emergencies/" + id).then().body("kind", org.hamcrest.Matchers.equalTo("recorded"),
                "language", org.hamcrest.Matchers.equalTo("hmn"));
    }

    @Test
    void provinceStaff_mayChooseTheWholeProvince() {
        final UiSession tinh = UiSession.login(Api.provinceUser("staff"));
        tinh.get("/ui/emergency").then().statusCode(200).body(containsString("Toàn tỉnh Tuyên Quang"),
                containsString("Lũng Cú"), containsString("Minh Tân"));
    }

    @Test
    void banner_showsApproversOfTheArea_only() {
        EmergencyResourceTest.send(EmergencyResourceTest.emergency("Banner test", "Water rising."));
        UiSession.login("approver").get("/ui/broadcasts").then().statusCode(200)
                .body(containsString("id=\"emergency-banner\""), containsString("tin khẩn cấp chờ duyệt"));
        UiSession.login("approver").get("/ui/log?lang=en").then().statusCode(200)
                .body(containsString("emergency(ies) waiting for approval"));
        UiSession.login("staff").get("/ui/broadcasts").then().statusCode(200)
                .body(not(containsString("id=\"emergency-banner\"")));
        UiSession.login("official").get("/ui/broadcasts").then().statusCode(200)
                .body(not(containsString("id=\"emergency-banner\"")));
        UiSession.login(Api.provinceUser("approver")).get("/ui/broadcasts").then().statusCode(200)
                .body(containsString("id=\"emergency-banner\""));
        final String elsewhere = approverOfMinhTan();
        UiSession.login(elsewhere).get("/ui/broadcasts").then().statusCode(200)
                .body(not(containsString("id=\"emergency-banner\"")));
    }

    private static String approverOfMinhTan() {
        final List<Map<String, Object>> areas = as("admin").get("/api/areas").then().statusCode(200).extract()
                .jsonPath().getList("$");
        final Object id = areas.stream().filter(a -> "Minh Tân".equals(a.get("name"))).findFirst().orElseThrow()
                .get("id");
        as("admin").body(Map.of("username", "duyet-minh-tan", "password", Api.DEMO_PASSWORD, "role", "approver",
                "areaId", id)).post("/api/users").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        return "duyet-minh-tan";
    }

    @Test
    void queue_emergenciesFirst_markedAndLive() {
        final long emergency = EmergencyResourceTest.send(EmergencyResourceTest.emergency("Queue test", "Go up."));
        final long routine = as("staff").body(Map.of("title", "Routine later", "text", "Meeting at eight.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("staff").post("/api/bulletins/" + routine + "/submit").then().statusCode(200);
        final long bulletin = EmergencyResourceTest.bulletinOf(emergency);
        final UiSession approver = UiSession.login("approver");
        for (String page : List.of("/ui/approvals", "/ui/approvals/items")) {
            final String html = approver.get(page).then().statusCode(200).extract().asString();
            final int e = html.indexOf("id=\"b" + bulletin + "\"");
            final int r = html.indexOf("id=\"b" + routine + "\"");
            assertTrue(e >= 0 && r > e, page + ": the emergency, though older, comes before the routine bulletin");
            assertTrue(html.contains("id=\"b" + bulletin + "\" data-priority=\"emergency\" class=\"urgent\""), html);
        }
        approver.get("/ui/approvals").then().body(containsString("data-poll=\"/ui/approvals/items\""),
                containsString("/js/live.js"));
        as("approver").body(Map.of("reason", "later")).post("/api/bulletins/" + routine + "/reject").then()
                .statusCode(200);
    }

    @Test
    void correction_fromTheBroadcastPage() {
        final long emergency = EmergencyResourceTest.send(EmergencyResourceTest.emergency("Wrong one", "Wrong."));
        final long broadcast = EmergencyResourceTest.approve(emergency);
        final UiSession staff = UiSession.login("staff");
        staff.get("/ui/broadcasts/" + broadcast).then().statusCode(200)
                .body(containsString("href=\"/ui/corrections/" + broadcast + "\""), containsString("Đính chính"));
        staff.get("/ui/corrections/" + broadcast).then().statusCode(200)
                .body(containsString("Đính chính: Wrong one"), containsString(">Đính chính: </textarea>"));
        final long before = emergencies();
        final Map<String, Object> blank = new HashMap<>(Map.of("formToken", formToken(staff, "/ui/corrections/"
                + broadcast), "title", "", "text", "Đính chính: ", "language", "vi"));
        staff.post("/ui/corrections/" + broadcast, blank).then().statusCode(400)
                .body(containsString("Hãy nhập Nội dung."));
        assertEquals(before, emergencies());
        final Map<String, Object> good = new HashMap<>(Map.of("formToken", formToken(staff, "/ui/corrections/"
                + broadcast), "title", "", "text", "Đính chính: chỉ thôn Má Lé.", "language", "vi"));
        final String location = staff.post("/ui/corrections/" + broadcast, good).then().statusCode(303)
                .header("Location", containsString("/ui/emergency/")).extract().header("Location");
        staff.get(location.substring(location.indexOf("/ui/"))).then().statusCode(200)
                .body(containsString("Tin đính chính"), containsString("href=\"/ui/broadcasts/" + broadcast + "\""));
        staff.get("/ui/broadcasts/" + broadcast).then().statusCode(200)
                .body(containsString("id=\"corrected-by\""), not(containsString("id=\"correct\"")),
                        containsString("canceled-by"));
        final long wrongBulletin = EmergencyResourceTest.bulletinOf(emergency);
        UiSession.login("official").get("/ui/log?bulletin=" + wrongBulletin).then().statusCode(200)
                .body(containsString("class=\"corrected-by\""), containsString("Đã đính chính bởi bản tin #"));
        staff.post("/ui/corrections/" + broadcast, new HashMap<>(Map.of("formToken", formToken(staff,
                "/ui/corrections/" + broadcast), "text", "again", "language", "vi"))).then().statusCode(409)
                .body(containsString("đã được đính chính"));

        final long routine = Api.broadcastTo(EmergencyResourceTest.RX);
        staff.get("/ui/broadcasts/" + routine).then().statusCode(200).body(not(containsString("id=\"correct\"")));
        staff.post("/ui/corrections/" + routine, new HashMap<>(Map.of("formToken", formToken(staff,
                "/ui/corrections/" + routine), "text", "x", "language", "vi"))).then().statusCode(409)
                .body(containsString("không phải tin khẩn cấp"));
        UiSession.login("official").get("/ui/broadcasts/" + broadcast).then().statusCode(200)
                .body(not(containsString("id=\"correct\"")));
    }
}
