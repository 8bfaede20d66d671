package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.signing.Ed25519;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * {@code POST /api/broadcasts/{id}/cancel}: who may, what is refused, and what becomes of each delivery, with a bare
 * MQTT client playing the receiver (the real agent is in {@code e2e/CancelLoopTest}).
 */
@QuarkusTest
class BroadcastCancelTest {

    private static final String RX = "rx-lo-lo-chai-01";
    private static final String ACK = "loa/v1/rx/" + RX + "/ack";
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MqttGateway gateway;

    private TestMqtt mqtt;
    private long bulletin;

    @BeforeEach
    void connect() {
        mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), RX).subscribe("loa/v1/rx/" + RX + "/cmd");
        bulletin = Api.approvedBulletin("Flood warning", "Water is rising on the Nho Que river.");
    }

    @AfterEach
    void disconnect() {
        mqtt.close();
    }

    private long schedule(final OffsetDateTime playAt) {
        return as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(RX)))).post("/api/broadcasts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The command of {@code type} that names {@code field} = {@code value}, once the receiver has it. */
    private JsonNode received(final String type, final String field, final String value) throws Exception {
        Awaitility.await().until(() -> find(type, field, value) != null);
        return find(type, field, value);
    }

    private JsonNode find(final String type, final String field, final String value) throws Exception {
        for (String m : mqtt.received()) {
            final JsonNode n = JSON.readTree(m);
            if (type.equals(n.path("type").asText()) && value.equals(n.path(field).asText())) {
                return n;
            }
        }
        return null;
    }

    private static String ack(final String commandId, final String state, final String at, final String detail) {
        return """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":%s}"""
                .formatted(commandId, RX, state, at, detail == null ? "null" : "\"" + detail + "\"");
    }

    private static Map<String, String> reason(final String text) {
        return Map.of("reason", text);
    }

    @Test
    void cancel_sentDelivery_signedCancelToTheReceiverThenItsAckConfirms() throws Exception {
        final long id = schedule(OffsetDateTime.now(HANOI).plusHours(2));
        final JsonNode play = received("play", "broadcastId", String.valueOf(id));
        final String playId = play.get("commandId").asText();
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("SENT")));

        as("approver").body(reason("Lệnh cảnh báo lũ đã được dỡ bỏ / the flood warning was lifted"))
                .post("/api/broadcasts/" + id + "/cancel").then().statusCode(200)
                .body("canceledBy", equalTo("approver"), "canceledAt", notNullValue(),
                        "cancelReason", equalTo("Lệnh cảnh báo lũ đã được dỡ bỏ / the flood warning was lifted"),
                        "deliveries[0].state", equalTo("CANCELED"), "counts.CANCELED", equalTo(1),
                        "deliveries[0].detail", startsWith("controller: canceled by approver; cancel command "),
                        "deliveries[0].finishedAt", nullValue());

        final JsonNode cancel = received("cancel", "targetCommandId", playId);
        assertEquals(RX, cancel.get("receiverId").asText());
        assertTrue(cancel.get("seq").asLong() > play.get("seq").asLong(), "a new sequence number");
        assertSignedByTheController(cancel);
        final String cancelId = cancel.get("commandId").asText();

        mqtt.publish(ACK, ack(cancelId, "received", "2026-12-06T12:00:00.100+07:00", null));
        mqtt.publish(ACK, ack(playId, "canceled", "2026-12-06T12:00:00.120+07:00",
                "withdrawn: cancel command " + cancelId));

        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("CANCELED"),
                        "deliveries[0].detail", equalTo("withdrawn: cancel command " + cancelId),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T05:00:00.120Z"),
                        "deliveries[0].reportedAt", notNullValue()));
        Awaitility.await().untilAsserted(() -> assertEquals("RECEIVED", controlState(cancelId)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.count(
                "state = ?1 and deliveryId in (select d.id from Delivery d where d.commandId = ?2)",
                DeliveryState.CANCELED, playId)));
    }

    @Test
    void cancel_neverSent_canceledWithoutAnyCommandAndNeverSentLater() throws Exception {
        final long id = schedule(OffsetDateTime.now(HANOI).plusDays(10)); // beyond the 7-day send horizon

        final String playId = as("staff").body(reason("Hoãn / postponed")).post("/api/broadcasts/" + id + "/cancel")
                .then().statusCode(200)
                .body("deliveries[0].state", equalTo("CANCELED"),
                        "deliveries[0].detail", equalTo("controller: canceled by staff before it was sent"),
                        "deliveries[0].sentAt", nullValue())
                .extract().jsonPath().getString("deliveries[0].commandId");

        final List<Map<String, Object>> controls = as("admin").get("/api/control-commands").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.targetCommandId == '" + playId + "' }");
        assertTrue(controls.isEmpty(), "no cancel command for a play that never went out");
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> find("play", "broadcastId", String.valueOf(id)) == null);
    }

    @Test
    void cancel_twice_secondIsConflict() {
        final long id = schedule(OffsetDateTime.now(HANOI).plusDays(10));
        as("staff").body(reason("first")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(200);

        as("approver").body(reason("second")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/broadcast-canceled"));
        as("official").get("/api/broadcasts/" + id).then().body("cancelReason", equalTo("first"),
                "canceledBy", equalTo("staff"));
    }

    @Test
    void cancel_playAtPassedAndPlayed_isConflictAndChangesNothing() throws Exception {
        final OffsetDateTime playAt = OffsetDateTime.now(HANOI).plusSeconds(2);
        final long id = schedule(playAt);
        final String playId = received("play", "broadcastId", String.valueOf(id)).get("commandId").asText();
        mqtt.publish(ACK, ack(playId, "playing", playAt.toString(), null));
        mqtt.publish(ACK, ack(playId, "played", playAt.plusSeconds(3).toString(), null));
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("PLAYED")));
        Awaitility.await().until(() -> OffsetDateTime.now().isAfter(playAt));

        as("staff").body(reason("too late")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/broadcast-finished"));
        as("official").get("/api/broadcasts/" + id).then().body("canceledAt", nullValue(),
                "deliveries[0].state", equalTo("PLAYED"));
    }

    @Test
    void cancel_receiverPlayedBeforeTheCancelReachedIt_itsPlayedReportWins() throws Exception {
        final long id = schedule(OffsetDateTime.now(HANOI).plusHours(2));
        final String playId = received("play", "broadcastId", String.valueOf(id)).get("commandId").asText();
        mqtt.publish(ACK, ack(playId, "playing", "2026-12-06T12:00:00.000+07:00", null));
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("PLAYING")));
        as("staff").body(reason("stop it")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(200)
                .body("deliveries[0].state", equalTo("CANCELED"));

        mqtt.publish(ACK, ack(playId, "played", "2026-12-06T12:00:05.000+07:00", null));

        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("PLAYED"), "canceledBy", equalTo("staff")));
    }

    @Test
    void cancel_roles_onlyStaffAndApprover() {
        final long id = schedule(OffsetDateTime.now(HANOI).plusDays(10));
        as("official").body(reason("x")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(403);
        as("admin").body(reason("x")).post("/api/broadcasts/" + id + "/cancel").then().statusCode(403);
        RestAssured.given().contentType("application/json").body(reason("x"))
                .post("/api/broadcasts/" + id + "/cancel").then().statusCode(401);
        as("official").get("/api/broadcasts/" + id).then().body("canceledAt", nullValue(),
                "deliveries[0].state", equalTo("QUEUED"));
    }

    @Test
    void cancel_badReason_isProblemJsonNamingTheField() {
        final long id = schedule(OffsetDateTime.now(HANOI).plusDays(10));
        final String url = "/api/broadcasts/" + id + "/cancel";
        for (Object body : List.of(Map.of(), reason("   "), reason("x".repeat(501)), reason("line\nbreak"))) {
            final JsonPath problem = as("staff").body(body).post(url).then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("/problems/invalid-request"))
                    .extract().jsonPath();
            assertTrue(problem.getString("detail").contains("reason"), problem.getString("detail"));
        }
        as("staff").post(url).then().statusCode(400).contentType("application/problem+json");
        as("official").get("/api/broadcasts/" + id).then().body("canceledAt", nullValue());
    }

    @Test
    void cancel_unknownBroadcast_isNotFound() {
        as("staff").body(reason("x")).post("/api/broadcasts/987654/cancel").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static String controlState(final String commandId) {
        return as("admin").get("/api/control-commands").then().extract().jsonPath()
                .getString("find { it.commandId == '" + commandId + "' }.state");
    }

    /** Checks {@code sig} over the canonical form of PROTOCOL.md 4.4 with the controller's current public key. */
    private static void assertSignedByTheController(final JsonNode c) {
        final String publicKey = as("staff").get("/api/keys/controller").then().statusCode(200).extract().jsonPath()
                .getString("publicKey");
        final StringBuilder canonical = new StringBuilder("LOA-CMD-V1\n");
        for (String f : List.of("type", "commandId", "receiverId", "seq", "issuedAt", "expiresAt",
                "targetCommandId")) {
            canonical.append(f).append('=').append(c.get(f).asText()).append('\n');
        }
        assertTrue(Ed25519.verify(Ed25519.publicKey(publicKey),
                canonical.toString().getBytes(StandardCharsets.UTF_8), c.get("sig").asText()), "signature");
    }
}
