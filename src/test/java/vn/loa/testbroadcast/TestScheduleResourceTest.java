package vn.loa.testbroadcast;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.audit.AuditEntry;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.programme.Series;
import vn.loa.programme.SeriesState;

/**
 * {@code /api/areas/{id}/test-schedule} (issue 10 item 5): an admin switches an area's test on (the fixed bulletin
 * approved by that act, audited), off, and every bad input is a problem JSON with nothing stored.
 */
@QuarkusTest
class TestScheduleResourceTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private long commune;
    private String communeName;

    @BeforeEach
    void aCommuneOfItsOwn() {
        final String rx = "tbs-" + Long.toString(System.nanoTime(), 36);
        communeName = "Xã thử nghiệm " + System.nanoTime();
        as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thôn Thử", "commune", communeName))
                .post("/api/receivers").then().statusCode(201);
        final long village = as("admin").get("/api/receivers/" + rx).then().statusCode(200).extract().jsonPath()
                .getLong("areaId");
        commune = as("admin").get("/api/areas/" + village).then().statusCode(200).extract().jsonPath()
                .getLong("parentId");
    }

    @Test
    void put_asAdmin_approvesTheFixedBulletinRunsASeriesAndIsAudited() {
        final OffsetDateTime start = inHours(2);
        as("admin").body(schedule(start, "FREQ=DAILY;COUNT=3", "en", true)).put(path()).then().statusCode(200)
                .body("configured", equalTo(true), "enabled", equalTo(true), "language", equalTo("en"),
                        "rrule", equalTo("FREQ=DAILY;COUNT=3"), "seriesId", notNullValue(), "next", hasSize(3));

        final Map<String, Object> view = as("admin").get(path()).then().statusCode(200).extract().jsonPath()
                .getMap("");
        final long bulletinId = ((Number) view.get("bulletinId")).longValue();
        final long seriesId = ((Number) view.get("seriesId")).longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            final Bulletin b = Bulletin.findById(bulletinId);
            assertEquals(BulletinState.APPROVED, b.state);
            assertEquals(Bulletin.SYSTEM_TEST_AUTHOR, b.author);
            assertEquals("admin", b.decidedBy);
            assertEquals("This is a test broadcast of the loudspeaker system.", b.text);
            assertEquals(false, b.shownInPublic());
            assertEquals(1L, AuditEntry.count("action = ?1 and subjectId = ?2", "bulletin.approved",
                    String.valueOf(bulletinId)));
            assertEquals(1L, AuditEntry.count("action = ?1 and subjectId = ?2", "test-schedule.enabled",
                    String.valueOf(commune)));
            assertNotEquals(SeriesState.ENDED, Series.<Series>findById(seriesId).state);
        });

        as("admin").body(schedule(start, "FREQ=DAILY;COUNT=3", "en", false)).put(path()).then().statusCode(200)
                .body("enabled", equalTo(false), "seriesId", nullValue(), "next", hasSize(0),
                        "bulletinId", equalTo((int) bulletinId));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(SeriesState.ENDED, Series.<Series>findById(seriesId).state);
            assertEquals(1L, AuditEntry.count("action = ?1 and subjectId = ?2", "test-schedule.disabled",
                    String.valueOf(commune)));
        });
    }

    @Test
    void put_badRule_400ProblemAndNothingStored() {
        final Map<String, String> bad = Map.of(
                "FREQ=SOMETIMES", "/problems/invalid-rrule",
                "FREQ=DAILY", "/problems/unbounded-rrule",
                "FREQ=MINUTELY;INTERVAL=5;COUNT=1000", "/problems/too-many-occurrences");
        bad.forEach((rule, type) -> as("admin").body(schedule(inHours(2), rule, "en", true)).put(path()).then()
                .statusCode(400).contentType("application/problem+json").body("type", equalTo(type)));
        as("admin").body(schedule(inHours(2), "FREQ=DAILY;COUNT=3", "fr", true)).put(path()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-language"));
        as("admin").body(schedule(inHours(-2), "FREQ=DAILY;COUNT=3", "en", true)).put(path()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/start-in-past"));
        final Map<String, Object> noEnabled = new HashMap<>(schedule(inHours(2), "FREQ=DAILY;COUNT=3", "en", true));
        noEnabled.remove("enabled");
        as("admin").body(noEnabled).put(path()).then().statusCode(400).contentType("application/problem+json");

        as("admin").get(path()).then().statusCode(200).body("configured", equalTo(false));
    }

    @Test
    void put_aTestInsideQuietHours_400NamingTheWindowAndTheArea() {
        final LocalTime now = LocalTime.now(HCM);
        final String window = HH_MM.format(now.plusHours(1)) + "–" + HH_MM.format(now.plusHours(3));
        as("admin").body(Map.of("from", HH_MM.format(now.plusHours(1)), "to", HH_MM.format(now.plusHours(3))))
                .put("/api/areas/" + commune + "/quiet-hours").then().statusCode(200);

        as("admin").body(schedule(inHours(2), "FREQ=DAILY;COUNT=3", "en", true)).put(path()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/quiet-hours"),
                        "detail", allOf(containsString(window), containsString(communeName)));
        as("admin").get(path()).then().statusCode(200).body("configured", equalTo(false));

        // outside the window: accepted
        as("admin").body(schedule(inHours(4), "FREQ=DAILY;COUNT=3", "en", true)).put(path()).then()
                .statusCode(200);
    }

    @Test
    void put_anAreaWithoutReceivers_400AndNoBulletinApproved() {
        final long empty = as("admin").body(Map.of("parentId", commune, "level", "village", "name",
                "Thôn trống " + System.nanoTime())).post("/api/areas").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("admin").body(schedule(inHours(2), "FREQ=DAILY;COUNT=3", "en", true))
                .put("/api/areas/" + empty + "/test-schedule").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/no-receivers-in-area"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Bulletin.count("author = ?1 and areaId = ?2",
                Bulletin.SYSTEM_TEST_AUTHOR, empty)));
    }

    @Test
    void put_notAdmin_403Problem() {
        for (String role : List.of("staff", "approver", "official")) {
            as(role).body(schedule(inHours(2), "FREQ=DAILY;COUNT=3", "en", true))
                    .put("/api/areas/" + vn.loa.support.Api.demoAreaId() + "/test-schedule").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void otherArea_scheduleAndReports_refused() {
        // the commune of this test lies outside the demo users' commune
        as("staff").get(path()).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/outside-area"));
        as("staff").queryParam("area", commune).get("/api/test-reports").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/outside-area"));
        as("admin").body(schedule(inSeconds(30), "FREQ=DAILY;COUNT=1", "en", true)).put(path()).then()
                .statusCode(200);
        final long broadcast = QuarkusTransaction.requiringNew().call(() -> vn.loa.broadcast.Broadcast
                .<vn.loa.broadcast.Broadcast>find("seriesId in (select t.seriesId from TestSeries t where "
                        + "t.areaId = ?1)", commune).firstResult().id);
        as("staff").get("/api/test-reports/" + broadcast).then().statusCode(404)
                .contentType("application/problem+json");
        as("staff").get("/api/test-reports/" + broadcast + ".csv").then().statusCode(404);
        as("admin").get("/api/test-reports/" + broadcast).then().statusCode(200)
                .body("broadcastId", equalTo((int) broadcast), "targeted", equalTo(1));
    }

    @Test
    void reports_notATestBroadcast_404() {
        final String rx = "tbs-demo-" + Long.toString(System.nanoTime(), 36);
        as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Lô Lô Chải", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201);
        final long broadcast = vn.loa.support.Api.broadcastTo(rx);
        as("admin").get("/api/test-reports/" + broadcast).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private String path() {
        return "/api/areas/" + commune + "/test-schedule";
    }

    private static OffsetDateTime inHours(final int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(hours).truncatedTo(ChronoUnit.MINUTES);
    }

    private static OffsetDateTime inSeconds(final int seconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> schedule(final OffsetDateTime start, final String rule, final String language,
            final boolean enabled) {
        return Map.of("start", start.toString(), "rrule", rule, "language", language, "enabled", enabled);
    }
}
