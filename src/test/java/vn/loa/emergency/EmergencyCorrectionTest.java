package vn.loa.emergency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * "Đính chính": one request stops a wrongly sent emergency where it plays, cancels it where it has not, and queues
 * a correction to the same targets that plays on approval; both linked, audited and in the log.
 */
@QuarkusTest
class EmergencyCorrectionTest {

    private static final String RX = EmergencyResourceTest.RX;
    private static final String ACK = "loa/v1/rx/" + RX + "/ack";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static String ack(final String commandId, final String state) {
        return """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":null}"""
                .formatted(commandId, RX, state, OffsetDateTime.now(ZoneOffset.ofHours(7)).toString());
    }

    /** A command of {@code type} naming {@code field} = {@code value}, once the receiver has it. */
    private JsonNode received(final String type, final String field, final String value) throws Exception {
        Awaitility.await().until(() -> find(type, field, value) != null);
        return find(type, field, value);
    }

    private JsonNode find(final String type, final String field, final String value) throws Exception {
        for (String m : mqtt.received()) {
            final JsonNode n = JSON.readTree(m);
            if (type.equals(n.path("type").asText()) && (field == null || value.equals(n.path(field).asText()))) {
                return n;
            }
        }
        return null;
    }

    /** An approved emergency playing on the receiver (by its reports); returns [emergency, broadcast]. */
    private long[] playing(final String title) {
        final long emergency = EmergencyResourceTest.send(EmergencyResourceTest.emergency(title, "Wrong village named."));
        final long broadcast = EmergencyResourceTest.approve(emergency);
        final String playId = mqtt.awaitCommandOf(broadcast).get("commandId").asText();
        mqtt.publish(ACK, ack(playId, "received"));
        mqtt.publish(ACK, ack(playId, "downloaded"));
        mqtt.publish(ACK, ack(playId, "playing"));
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + broadcast).then()
                .body("deliveries[0].state", equalTo("PLAYING")));
        return new long[] {emergency, broadcast};
    }

    @Test
    void correction_stopsWherePlaying_cancels_andQueuesTheCorrectionFirst_thenPlaysOnApproval() throws Exception {
        final long[] wrong = playing("Evacuate Ma Le");
        final long broadcast = wrong[1];
        final String playId = mqtt.awaitCommandOf(broadcast).get("commandId").asText();

        final long correction = as("staff").body(Map.of("text", "Correction: only the river bank of Ma Le."))
                .post("/api/broadcasts/" + broadcast + "/correction").then().statusCode(201)
                .body("state", equalTo("waiting"), "correctionOf", equalTo((int) broadcast),
                        "title", equalTo("Đính chính: Evacuate Ma Le"), "language", equalTo("en"))
                .extract().jsonPath().getLong("id");

        as("official").get("/api/broadcasts/" + broadcast).then().statusCode(200)
                .body("canceledBy", equalTo("staff"), "cancelReason", startsWith("Đính chính: "),
                        "deliveries[0].state", equalTo("CANCELED"));
        received("stop", null, null);
        received("cancel", "targetCommandId", playId);
        as("staff").get("/api/emergencies/" + wrong[0]).then().body("correctedBy", equalTo((int) correction));

        // first in the approval queue, above any routine bulletin waiting
        final long routine = as("staff").body(Map.of("title", "Routine", "text", "Meeting at eight.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("staff").post("/api/bulletins/" + routine + "/submit").then().statusCode(200);
        final long correctionBulletin = EmergencyResourceTest.bulletinOf(correction);
        final String queue = vn.loa.support.UiSession.login("approver").get("/ui/approvals").then().statusCode(200)
                .extract().asString();
        assertTrue(queue.indexOf("id=\"b" + correctionBulletin + "\"") < queue.indexOf("id=\"b" + routine + "\""),
                "the correction comes before the routine bulletin");
        as("approver").body(Map.of("reason", "not now")).post("/api/bulletins/" + routine + "/reject").then()
                .statusCode(200);

        final long correctionBroadcast = EmergencyResourceTest.approve(correction);
        assertEquals("emergency", mqtt.awaitCommandOf(correctionBroadcast).get("priority").asText());

        // audited, both ways
        as("admin").queryParam("action", "broadcast.corrected").queryParam("size", 500).get("/api/audit").then()
                .statusCode(200).body("entries.subjectId", hasItem(String.valueOf(broadcast)));
        // the log: the corrected broadcast names its correction, the correction the broadcast it corrects
        final long wrongBulletin = EmergencyResourceTest.bulletinOf(wrong[0]);
        as("official").queryParam("bulletin", wrongBulletin).get("/api/logs").then().statusCode(200)
                .body("[0].correctedBy", equalTo((int) correctionBulletin), "[0].correctionOf", equalTo(null));
        as("official").queryParam("bulletin", correctionBulletin).get("/api/logs").then().statusCode(200)
                .body("[0].correctionOf", equalTo((int) broadcast));
        final String csv = as("official").queryParam("bulletin", wrongBulletin).queryParam("format", "csv")
                .get("/api/logs").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",Đính chính bởi bản tin,") || csv.contains("Corrected by bulletin"), csv);
        assertTrue(csv.strip().endsWith("," + correctionBulletin + ","), csv);

        // once is enough
        as("staff").body(Map.of("text", "again")).post("/api/broadcasts/" + broadcast + "/correction").then()
                .statusCode(409).body("type", equalTo("/problems/already-corrected"));
        as("staff").body(Map.of("text", "again")).post("/api/emergencies/" + wrong[0] + "/correction").then()
                .statusCode(409).body("type", equalTo("/problems/already-corrected"));
    }

    @Test
    void correction_byEmergencyId_worksAsByBroadcast_evenAfterItEnded() {
        final long emergency = EmergencyResourceTest.send(EmergencyResourceTest.emergency("Road closed", "Road 4C."));
        final long broadcast = EmergencyResourceTest.approve(emergency);
        final String playId = mqtt.awaitCommandOf(broadcast).get("commandId").asText();
        mqtt.publish(ACK, ack(playId, "received"));
        mqtt.publish(ACK, ack(playId, "downloaded"));
        mqtt.publish(ACK, ack(playId, "playing"));
        mqtt.publish(ACK, ack(playId, "played"));
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + broadcast).then()
                .body("deliveries[0].state", equalTo("PLAYED")));
        as("approver").body(Map.of("text", "Đính chính: đường 4C đã thông.", "language", "vi"))
                .post("/api/emergencies/" + emergency + "/correction").then().statusCode(201)
                .body("correctionOf", equalTo((int) broadcast), "language", equalTo("vi"), "sentBy", equalTo("approver"));
        as("official").get("/api/broadcasts/" + broadcast).then().body("canceledAt", equalTo(null),
                "deliveries[0].state", equalTo("PLAYED"));
    }

    @Test
    void refusals_changeNothing() {
        final long routineBroadcast = Api.broadcastTo(RX);
        as("staff").body(Map.of("text", "x")).post("/api/broadcasts/" + routineBroadcast + "/correction").then()
                .statusCode(409).body("type", equalTo("/problems/not-emergency"));
        as("official").get("/api/broadcasts/" + routineBroadcast).then().body("canceledAt", equalTo(null));

        final long waiting = EmergencyResourceTest.send(EmergencyResourceTest.emergency("Not yet", "Waiting."));
        as("staff").body(Map.of("text", "x")).post("/api/emergencies/" + waiting + "/correction").then()
                .statusCode(409).body("type", equalTo("/problems/emergency-not-sent"));

        final long broadcast = EmergencyResourceTest.approve(waiting);
        final long before = QuarkusTransaction.requiringNew().call(() -> Emergency.count());
        as("staff").body(Map.of("text", " ")).post("/api/broadcasts/" + broadcast + "/correction").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-request"));
        as("staff").body(Map.of("text", "x", "title", "a\nb")).post("/api/broadcasts/" + broadcast + "/correction")
                .then().statusCode(400);
        as("staff").body(Map.of("text", "x", "language", "xx-!")).post("/api/broadcasts/" + broadcast
                + "/correction").then().statusCode(400);
        as("official").body(Map.of("text", "x")).post("/api/broadcasts/" + broadcast + "/correction").then()
                .statusCode(403);
        as("admin").body(Map.of("text", "x")).post("/api/broadcasts/" + broadcast + "/correction").then()
                .statusCode(403);
        as("staff").body(Map.of("text", "x")).post("/api/broadcasts/999999/correction").then().statusCode(404);
        as("staff").body(Map.of("text", "x")).post("/api/emergencies/999999/correction").then().statusCode(404);
        as("official").get("/api/broadcasts/" + broadcast).then().body("canceledAt", equalTo(null));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Emergency.count()));
        as("staff").get("/api/emergencies/" + waiting).then().body("correctedBy", equalTo(null),
                "broadcastId", notNullValue());
    }
}
