package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

@QuarkusTest
class BroadcastResourceTest {

    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private long bulletin;

    @BeforeEach
    void approved() {
        bulletin = Api.approvedBulletin("Vaccination day", "Bring children under five to the commune clinic.");
    }

    private static String inAnHour() {
        return OffsetDateTime.now(HANOI).plusHours(1).toString();
    }

    @Test
    void schedule_toOneReceiver_sendsItsCommandAtOnce() {
        final long id = as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(201).body("deliveries", hasSize(1))
                .extract().jsonPath().getLong("id");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("SENT"), "deliveries[0].sentAt", notNullValue(),
                        "counts.SENT", equalTo(1)));
    }

    @Test
    void schedule_toACommune_targetsEveryReceiverInItOnce() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "targets", Map.of("communes", List.of("Lũng Cú"), "receivers", List.of("rx-ma-le-01"),
                        "villages", List.of(Map.of("commune", "Lũng Cú", "village", "Thèn Ván")))))
                .post("/api/broadcasts").then().statusCode(201).body("deliveries", hasSize(3));
    }

    @Test
    void schedule_playAtInPast_isRefused() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", OffsetDateTime.now(HANOI).minusMinutes(1).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/play-at-in-past"));
    }

    @Test
    void schedule_unknownReceiver_isRefused() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "targets", Map.of("receivers", List.of("rx-nowhere")))).post("/api/broadcasts")
                .then().statusCode(400).body("type", equalTo("/problems/unknown-receiver"));
    }

    @Test
    void schedule_unknownBulletin_isRefused() {
        as("staff").body(Map.of("bulletinId", 999999, "playAt", inAnHour(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).body("type", equalTo("/problems/unknown-bulletin"));
    }

    @Test
    void schedule_bulletinNotApproved_isConflict() {
        final long draft = as("staff").body(Map.of("title", "t", "text", "x", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").body(Map.of("bulletinId", draft, "playAt", inAnHour(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(409).body("type", equalTo("/problems/bulletin-not-approved"));
    }

    @Test
    void schedule_noTargets_isRefused() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(), "targets", Map.of()))
                .post("/api/broadcasts").then().statusCode(400).body("type", equalTo("/problems/no-targets"));
    }

    @Test
    void schedule_expiryBeforePlay_isRefused() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "expiresAt", OffsetDateTime.now(HANOI).plusMinutes(30).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).body("type", equalTo("/problems/expires-before-play"));
    }

    @Test
    void schedule_expiryFarBeyondPlay_isRefused() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(), "expiresAt", "+999999999-12-31T23:59:59Z",
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json");
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "expiresAt", OffsetDateTime.now(HANOI).plusDays(30).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).body("type", equalTo("/problems/expires-too-late"));
    }

    @Test
    void schedule_malformedTimeOrMissingFields_isProblem400() {
        as("staff").body(Map.of("bulletinId", bulletin, "playAt", "tomorrow at six",
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json");
        as("staff").body(Map.of("bulletinId", bulletin)).post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void schedule_byApprover_isForbidden() {
        as("approver").body(Map.of("bulletinId", bulletin, "playAt", inAnHour(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(403);
    }

    @Test
    void get_unknownBroadcast_is404() {
        as("official").get("/api/broadcasts/424242").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
