package vn.loa.area;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.audit.AuditEntry;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * Quiet hours per area (issue 10 item 3) through the API and the schedule page: set by admins (audited), inherited,
 * a whole-day window refused with nothing saved, routine and important broadcasts refused inside a targeted
 * area's window (naming it), emergencies exempt. Each test registers its receiver in a commune of its own, so the
 * windows it sets touch no other test.
 */
@QuarkusTest
class QuietHoursResourceTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private String rx;
    private long village;
    private long commune;
    private String communeName;

    @BeforeEach
    void receiverInACommuneOfItsOwn() {
        rx = "qh-" + Long.toString(System.nanoTime(), 36);
        communeName = "Xã yên lặng " + System.nanoTime();
        as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thôn Yên", "commune", communeName))
                .post("/api/receivers").then().statusCode(201);
        village = as("admin").get("/api/receivers/" + rx).then().statusCode(200).extract().jsonPath()
                .getLong("areaId");
        commune = as("admin").get("/api/areas/" + village).then().statusCode(200).extract().jsonPath()
                .getLong("parentId");
    }

    @Test
    void put_asAdmin_setsTheWindowTheVillageInheritsAndIsAudited() {
        as("admin").body(Map.of("from", "21:30", "to", "05:00")).put("/api/areas/" + commune + "/quiet-hours")
                .then().statusCode(200).body("own.from", equalTo("21:30"), "own.to", equalTo("05:00"),
                        "window.from", equalTo("21:30"), "fromAreaId", equalTo((int) commune),
                        "zone", equalTo("Asia/Ho_Chi_Minh"));

        as("staff").get("/api/areas/" + village + "/quiet-hours").then().statusCode(404); // outside staff's area
        as("admin").get("/api/areas/" + village + "/quiet-hours").then().statusCode(200)
                .body("own", nullValue(), "window.from", equalTo("21:30"), "window.to", equalTo("05:00"),
                        "fromAreaId", equalTo((int) commune), "fromArea", containsString(communeName));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and subjectId = ?2", "area.quiet-hours", String.valueOf(commune))));
    }

    @Test
    void put_villageOwnWindow_winsOverTheCommunesAndNullsInheritAgain() {
        as("admin").body(Map.of("from", "21:00", "to", "05:00")).put("/api/areas/" + commune + "/quiet-hours")
                .then().statusCode(200);
        as("admin").body(Map.of("from", "22:00", "to", "04:00")).put("/api/areas/" + village + "/quiet-hours")
                .then().statusCode(200).body("window.from", equalTo("22:00"), "fromAreaId", equalTo((int) village));

        as("admin").body(new HashMap<String, Object>()).put("/api/areas/" + village + "/quiet-hours")
                .then().statusCode(200).body("own", nullValue(), "window.from", equalTo("21:00"),
                        "fromAreaId", equalTo((int) commune));
    }

    @Test
    void put_wholeDay_400AndNothingSaved() {
        as("admin").body(Map.of("from", "22:00", "to", "04:00")).put("/api/areas/" + commune + "/quiet-hours")
                .then().statusCode(200);

        as("admin").body(Map.of("from", "05:00", "to", "05:00")).put("/api/areas/" + commune + "/quiet-hours")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/quiet-hours-whole-day"), "detail", containsString("whole day"));

        as("admin").get("/api/areas/" + commune + "/quiet-hours").then().statusCode(200)
                .body("own.from", equalTo("22:00"), "own.to", equalTo("04:00"));
    }

    @Test
    void put_badTimesOrOneEndMissing_400InvalidQuietHours() {
        for (final Map<String, Object> body : List.<Map<String, Object>>of(Map.of("from", "25:00", "to", "05:00"),
                Map.of("from", "9pm", "to", "05:00"), Map.of("from", "21:00"), Map.of("to", "05:00"))) {
            as("admin").body(body).put("/api/areas/" + commune + "/quiet-hours").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-quiet-hours"));
        }
        as("admin").get("/api/areas/" + commune + "/quiet-hours").then().statusCode(200).body("own", nullValue());
    }

    @Test
    void put_notAdmin_403() {
        as("staff").body(Map.of("from", "21:00", "to", "05:00")).put("/api/areas/" + Api.demoAreaId() + "/quiet-hours")
                .then().statusCode(403);
    }

    @Test
    void schedule_routineOrImportantInsideTheCommunesWindow_400NamingWindowAndAreaAndNothingCreated() {
        final String window = windowAroundNow();
        for (final String priority : List.of("routine", "important")) {
            final long bulletin = bulletin(priority);
            final int before = broadcastCount();

            as(Api.provinceUser("staff")).body(schedule(bulletin, ZonedDateTime.now(HCM).plusMinutes(30))).post("/api/broadcasts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/quiet-hours"),
                            "detail", allOf(containsString(window), containsString(communeName),
                                    containsString(priority)));
            assertEquals(before, broadcastCount(), "nothing half-saved");
        }
    }

    @Test
    void schedule_emergencyInsideTheWindow_exempt() {
        windowAroundNow();
        final long bulletin = bulletin("emergency");

        as(Api.provinceUser("staff")).body(schedule(bulletin, ZonedDateTime.now(HCM).plusMinutes(30))).post("/api/broadcasts")
                .then().statusCode(201);
    }

    @Test
    void schedule_routineOutsideTheWindow_accepted() {
        final LocalTime now = LocalTime.now(HCM);
        as("admin").body(Map.of("from", HH_MM.format(now.plusHours(3)), "to", HH_MM.format(now.plusHours(5))))
                .put("/api/areas/" + commune + "/quiet-hours").then().statusCode(200);

        as(Api.provinceUser("staff")).body(schedule(bulletin("routine"), ZonedDateTime.now(HCM).plusMinutes(30)))
                .post("/api/broadcasts").then().statusCode(201);
    }

    @Test
    void schedulePage_insideTheWindow_showsTheMessageNamingWindowAndArea() {
        final String window = windowAroundNow();
        final long bulletin = bulletin("routine");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final LocalDateTime at = LocalDateTime.now(HCM).plusMinutes(30);
        final Map<String, Object> form = new HashMap<>();
        form.put("formToken", token(staff, page));
        form.put("date", at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        form.put("time", at.format(HH_MM));
        form.put("receivers", List.of(rx));

        final Response r = staff.post(page, form);

        assertEquals(400, r.statusCode());
        r.then().body(allOf(containsString("giờ yên lặng " + window), containsString(communeName)));
    }

    @Test
    void areaPage_adminSetsAWindowAndSeesItInheritedByTheVillage() {
        final UiSession admin = UiSession.login("admin");
        admin.csrfFrom("/ui/areas/quiet-hours");

        final Response r = admin.post("/ui/areas/quiet-hours",
                Map.of("areaId", commune, "from", "22:15", "to", "04:45"));

        assertEquals(303, r.statusCode(), r.asString());
        final String page = admin.get("/ui/areas/quiet-hours").asString();
        assertEquals(true, page.contains("<tr data-area=\"" + village + "\"><td>"), "the village is listed");
        final String villageRow = page.substring(page.indexOf("<tr data-area=\"" + village + "\""));
        assertEquals(true, villageRow.substring(0, villageRow.indexOf("</tr>")).contains("22:15–04:45"), villageRow);
    }

    @Test
    void areaPage_wholeDay_messageInThePageAndNothingSaved() {
        final UiSession admin = UiSession.login("admin");
        admin.csrfFrom("/ui/areas/quiet-hours");

        final Response r = admin.post("/ui/areas/quiet-hours", Map.of("areaId", commune, "from", "06:00", "to", "06:00"));

        assertEquals(400, r.statusCode());
        r.then().body(containsString("không thể kéo dài cả ngày"));
        as("admin").get("/api/areas/" + commune + "/quiet-hours").then().body("own", nullValue());
    }

    /** Sets the commune's window to the hours around now (Vietnam time); returns it as shown ("10:00–14:00"). */
    private String windowAroundNow() {
        final LocalTime now = LocalTime.now(HCM);
        final String from = HH_MM.format(now.minusHours(1));
        final String to = HH_MM.format(now.plusHours(2));
        as("admin").body(Map.of("from", from, "to", to)).put("/api/areas/" + commune + "/quiet-hours").then()
                .statusCode(200);
        return from + "–" + to;
    }

    private Map<String, Object> schedule(final long bulletin, final ZonedDateTime playAt) {
        return Map.of("bulletinId", bulletin, "playAt", playAt.toOffsetDateTime().toString(),
                "targets", Map.of("receivers", List.of(rx)));
    }

    private static long bulletin(final String priority) {
        final String staff = Api.provinceUser("staff");
        final long id = as(staff).body(Map.of("title", "Quiet " + priority, "text", "The market opens at six.",
                "language", "en", "priority", priority)).post("/api/bulletins").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(staff).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as(Api.provinceUser("approver")).post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static int broadcastCount() {
        return QuarkusTransaction.requiringNew().call(() -> (int) vn.loa.broadcast.Broadcast.count());
    }

    private static String token(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }
}
