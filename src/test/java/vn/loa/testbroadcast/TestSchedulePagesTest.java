package vn.loa.testbroadcast;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/**
 * The test schedule page {@code /ui/areas/test-schedule}: an admin sets an area's test in Vietnamese or English; a
 * test in quiet hours, a bad rule or a bad date is a message in the page naming what is wrong, nothing stored.
 */
@QuarkusTest
class TestSchedulePagesTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PAGE = "/ui/areas/test-schedule";

    private long commune;
    private String communeName;
    private UiSession admin;

    @BeforeEach
    void aCommuneOfItsOwn() {
        final String rx = "tbp-" + Long.toString(System.nanoTime(), 36);
        communeName = "Xã trang thử " + System.nanoTime();
        as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thôn Trang", "commune", communeName))
                .post("/api/receivers").then().statusCode(201);
        final long village = as("admin").get("/api/receivers/" + rx).then().statusCode(200).extract().jsonPath()
                .getLong("areaId");
        commune = as("admin").get("/api/areas/" + village).then().statusCode(200).extract().jsonPath()
                .getLong("parentId");
        admin = UiSession.login("admin");
    }

    @Test
    void post_valid_303AndListedOn() {
        admin.csrfFrom(PAGE);
        admin.post(PAGE, form(LocalDateTime.now(HCM).plusHours(2), "FREQ=DAILY;COUNT=2")).then().statusCode(303);
        admin.get(PAGE).then().statusCode(200).body(containsString("data-area=\"" + commune + "\" data-enabled=\"true\""),
                containsString("Lịch phát thử nghiệm"));
        as("admin").get("/api/areas/" + commune + "/test-schedule").then().statusCode(200)
                .body("enabled", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void post_insideQuietHours_400MessageNamingTheWindow() {
        final LocalTime now = LocalTime.now(HCM);
        final String window = HH_MM.format(now.plusHours(1)) + "–" + HH_MM.format(now.plusHours(3));
        as("admin").body(Map.of("from", HH_MM.format(now.plusHours(1)), "to", HH_MM.format(now.plusHours(3))))
                .put("/api/areas/" + commune + "/quiet-hours").then().statusCode(200);
        admin.csrfFrom(PAGE + "?lang=en");
        admin.post(PAGE, form(LocalDateTime.now(HCM).plusHours(2), "FREQ=DAILY;COUNT=2")).then().statusCode(400)
                .body(allOf(containsString("falls in the quiet hours " + window), containsString(communeName)));
        as("admin").get("/api/areas/" + commune + "/test-schedule").then().statusCode(200)
                .body("configured", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void post_badRuleOrDate_400Message() {
        admin.csrfFrom(PAGE + "?lang=en");
        admin.post(PAGE, form(LocalDateTime.now(HCM).plusHours(2), "FREQ=DAILY")).then().statusCode(400)
                .body(containsString("The repeat rule is not valid"));
        final Map<String, Object> badDay = form(LocalDateTime.now(HCM).plusHours(2), "FREQ=DAILY;COUNT=2");
        badDay.put("day", "31/02/2027");
        admin.post(PAGE, badDay).then().statusCode(400).body(containsString("The date or time is not valid"));
    }

    @Test
    void get_notAdmin_403() {
        UiSession.login("staff").get(PAGE).then().statusCode(403);
    }

    private Map<String, Object> form(final LocalDateTime at, final String rule) {
        final Map<String, Object> f = new HashMap<>();
        f.put("areaId", commune);
        f.put("day", DAY.format(at));
        f.put("time", HH_MM.format(at));
        f.put("rrule", rule);
        f.put("language", "en");
        f.put("enabled", "true");
        return f;
    }
}
