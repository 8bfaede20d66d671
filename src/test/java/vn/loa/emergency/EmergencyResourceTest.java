package vn.loa.emergency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.bulletin.Bulletin;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * {@code /api/emergencies}: one request from staff, one approval, and the emergency plays at once on a receiver
 * (a bare MQTT client); a rejected one never plays; two in a row are two broadcasts; every bad input is a problem
 * and keeps nothing.
 */
@QuarkusTest
class EmergencyResourceTest {

    static final String RX = "rx-ma-le-01";

    @Inject
    MqttGateway gateway;

    private TestMqtt mqtt;

    @BeforeEach
    void connect() {
        mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), RX).subscribe("loa/v1/rx/" + RX + "/cmd");
    }

    @AfterEach
    void disconnect() {
        mqtt.close();
    }

    static Map<String, Object> emergency(final String title, final String text) {
        final Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("text", text);
        body.put("language", "en");
        body.put("targets", Map.of("receivers", List.of(RX)));
        return body;
    }

    static long send(final Map<String, Object> body) {
        return as("staff").body(body).post("/api/emergencies").then().statusCode(201)
                .body("state", equalTo("waiting"), "broadcastId", nullValue(), "sentBy", equalTo("staff"))
                .extract().jsonPath().getLong("id");
    }

    static long bulletinOf(final long emergency) {
        return as("staff").get("/api/emergencies/" + emergency).then().statusCode(200).extract().jsonPath()
                .getLong("bulletinId");
    }

    static long approve(final long emergency) {
        as("approver").post("/api/bulletins/" + bulletinOf(emergency) + "/approve").then().statusCode(200);
        return as("staff").get("/api/emergencies/" + emergency).then().statusCode(200)
                .body("state", equalTo("sent"), "broadcastId", notNullValue(), "decidedBy", equalTo("approver"))
                .extract().jsonPath().getLong("broadcastId");
    }

    private static long countEmergencies() {
        return QuarkusTransaction.requiringNew().call(() -> Emergency.count() * 1000 + Bulletin.count());
    }

    @Test
    void create_isAnEmergencyBulletinWaitingForApproval_thenApprovalBroadcastsItAtOnce() {
        final Instant before = Instant.now();
        final long id = send(emergency("Flash flood", "Leave the river bank now."));
        final long bulletin = bulletinOf(id);
        as("staff").get("/api/bulletins/" + bulletin).then().statusCode(200)
                .body("priority", equalTo("emergency"), "state", equalTo("SUBMITTED"), "author", equalTo("staff"));

        final long broadcast = approve(id);
        final JsonNode play = mqtt.awaitCommandOf(broadcast);
        assertEquals("emergency", play.get("priority").asText());
        assertEquals("Flash flood", play.get("title").asText());
        as("official").get("/api/broadcasts/" + broadcast).then().statusCode(200)
                .body("bulletinId", equalTo((int) bulletin), "createdBy", equalTo("staff"));
        final Instant playAt = Instant.parse(as("official").get("/api/broadcasts/" + broadcast).then().extract()
                .path("playAt"));
        assertTrue(playAt.isBefore(before.plus(Duration.ofMinutes(2))), "plays now, not later: " + playAt);
    }

    @Test
    void twoEmergenciesInARow_areTwoBroadcasts_bothSent() {
        final long first = send(emergency("Landslide", "The road to Ma Le is closed."));
        final long second = send(emergency("Landslide update", "Stay at home until further notice."));
        final long b1 = approve(first);
        final long b2 = approve(second);
        assertNotEquals(b1, b2);
        assertEquals(b1, mqtt.awaitCommandOf(b1).get("broadcastId").asLong());
        assertEquals(b2, mqtt.awaitCommandOf(b2).get("broadcastId").asLong());
    }

    @Test
    void rejected_isNeverSent() {
        final long id = send(emergency("Wrong", "This one should not play."));
        final long bulletin = bulletinOf(id);
        as("approver").body(Map.of("reason", "sai địa bàn")).post("/api/bulletins/" + bulletin + "/reject").then()
                .statusCode(200);
        as("staff").get("/api/emergencies/" + id).then().statusCode(200)
                .body("state", equalTo("rejected"), "broadcastId", nullValue(), "rejectionReason", equalTo("sai địa bàn"));
        final List<Integer> played = as("admin").queryParam("limit", 500).get("/api/broadcasts").then()
                .statusCode(200).extract().jsonPath().getList("bulletinId");
        assertTrue(!played.contains((int) bulletin), "no broadcast of a rejected emergency");
        as("approver").post("/api/bulletins/" + bulletin + "/approve").then().statusCode(409);
    }

    @Test
    void approvedAfterItsExpiry_isFailed_withTheReason_andNeverSent() {
        final Instant expiresAt = Instant.now().plusSeconds(5);
        final Map<String, Object> body = emergency("Short-lived", "Only for five seconds.");
        body.put("expiresAt", expiresAt.toString());
        final long id = send(body);
        // past expiresAt minus the immediate lead (3 s): a broadcast made now would start after it expired
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiresAt.minusSeconds(2)));
        as("approver").post("/api/bulletins/" + bulletinOf(id) + "/approve").then().statusCode(200);
        as("staff").get("/api/emergencies/" + id).then().statusCode(200)
                .body("state", equalTo("failed"), "broadcastId", nullValue(),
                        "failure", org.hamcrest.Matchers.containsString("expiresAt"));
        as("admin").queryParam("action", "emergency.failed").queryParam("size", 500).get("/api/audit").then()
                .statusCode(200).body("entries.subjectId", org.hamcrest.Matchers.hasItem(String.valueOf(id)));
    }

    @Test
    void listAndGet_showTheEmergenciesOfTheArea() {
        final long id = send(emergency("Storm", "Tie down roofs tonight."));
        as("official").get("/api/emergencies").then().statusCode(200).body("find { it.id == " + id + " }.title",
                equalTo("Storm"));
        as("official").get("/api/emergencies/" + id).then().statusCode(200).body("kind", equalTo("text"));
        as("staff").get("/api/emergencies/999999").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void recording_playsTheSendersRecordedBulletin_andNeedsAnApprover() {
        final long draft = as("staff").body(Map.of("title", "Ghi âm", "text", "Tóm tắt: sơ tán", "language", "hmn",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").contentType("audio/wav").body(vn.loa.audio.RecordingFixtures.wav(22_050, 1, 2_000, -32)).put("/api/bulletins/" + draft
                + "/recording").then().statusCode(200);
        final Map<String, Object> body = emergency("Sơ tán", "Tóm tắt: sơ tán ngay");
        body.put("recordingId", draft);
        body.put("language", "hmn");
        final long id = send(body);
        as("staff").get("/api/emergencies/" + id).then().body("kind", equalTo("recorded"));
        final long bulletin = bulletinOf(id);
        as("staff").post("/api/bulletins/" + bulletin + "/approve").then().statusCode(403);
        as("staff").get("/api/bulletins/" + bulletin).then().body("state", equalTo("SUBMITTED"),
                "priority", equalTo("emergency"));
    }

    @Test
    void badInput_isAProblem_andKeepsNothing() {
        final long before = countEmergencies();
        refused(with("text", "  "), 400, "/problems/invalid-request");
        refused(with("title", ""), 400, "/problems/invalid-request");
        refused(with("title", "two\nlines"), 400, "/problems/invalid-request");
        refused(with("text", "x".repeat(Bulletin.MAX_TEXT + 1)), 400, "/problems/invalid-request");
        refused(with("targets", null), 400, "/problems/invalid-request");
        refused(with("targets", Map.of()), 400, "/problems/no-targets");
        refused(with("targets", Map.of("receivers", List.of("rx-nowhere"))), 400, "/problems/unknown-receiver");
        refused(with("targets", Map.of("areas", List.of(987654))), 400, "/problems/unknown-area");
        refused(with("targets", Map.of("communes", List.of("Không Có"))), 400, "/problems/unknown-commune");
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().extract().jsonPath()
                .getLong("parentId");
        refused(with("targets", Map.of("areas", List.of(province))), 403, "/problems/outside-area");
        refused(with("recordingId", 987654), 400, "/problems/unknown-recording");
        final long textDraft = as("staff").body(Map.of("title", "t", "text", "x", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        refused(with("recordingId", textDraft), 400, "/problems/unknown-recording");
        refused(with("language", "hmn"), 400, "/problems/language-needs-recording");
        refused(with("voice", "no-such-voice"), 400, null);
        refused(with("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString()), 400,
                "/problems/expires-before-play");
        refused(with("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(400).toString()), 400,
                "/problems/expires-too-late");
        refused(with("expiresAt", "tomorrow"), 400, null);
        as("approver").body(emergency("a", "b")).post("/api/emergencies").then().statusCode(403);
        as("official").body(emergency("a", "b")).post("/api/emergencies").then().statusCode(403);
        RestAssured.given().contentType("application/json").body(emergency("a", "b")).post("/api/emergencies")
                .then().statusCode(401);
        assertEquals(before + 1, countEmergencies(), "only the text draft made for the test was kept");
    }

    private static Map<String, Object> with(final String field, final Object value) {
        final Map<String, Object> body = emergency("Cảnh báo", "Nội dung");
        body.put(field, value);
        return body;
    }

    private static void refused(final Map<String, Object> body, final int status, final String type) {
        final var r = as("staff").body(body).post("/api/emergencies").then().statusCode(status)
                .contentType("application/problem+json");
        if (type != null) {
            r.body("type", equalTo(type));
        }
    }
}
