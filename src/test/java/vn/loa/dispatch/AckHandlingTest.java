package vn.loa.dispatch;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryEvent;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/** Receivers' acks and status through the real embedded broker, played by a bare MQTT client. */
@QuarkusTest
class AckHandlingTest {

    private static final String RX = "rx-then-van-01";
    private static final String ACK = "loa/v1/rx/" + RX + "/ack";

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

    /** Schedules a broadcast to {@link #RX} and returns the command it received. */
    private JsonNode scheduleAndReceive() {
        return mqtt.awaitCommandOf(Api.broadcastTo(RX));
    }

    private static String ack(final String commandId, final String receiver, final String state, final String at) {
        return """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":null}"""
                .formatted(commandId, receiver, state, at);
    }

    private static String broadcastOf(final JsonNode command) {
        return "/api/broadcasts/" + command.get("broadcastId").asLong();
    }

    @Test
    void command_matchesProtocol() throws Exception {
        final JsonNode c = scheduleAndReceive();
        assertEquals(1, c.get("v").asInt());
        assertEquals("play", c.get("type").asText());
        assertEquals(RX, c.get("receiverId").asText());
        final String sha = c.at("/audio/sha256").asText();
        assertEquals("/api/audio/" + sha + ".mp3", c.at("/audio/url").asText());
        io.restassured.RestAssured.given().get(c.at("/audio/url").asText()).then().statusCode(200)
                .header("ETag", "\"" + sha + "\"");
        // signed by the controller's current key over the canonical form
        final String key = as("official").get("/api/keys/controller").then().statusCode(200).extract().path("publicKey");
        assertEquals(as("official").get("/api/keys/controller").then().extract().path("keyId"), c.get("keyId").asText());
        final PlayCommandMessage parsed = Wire.JSON.treeToValue(c, PlayCommandMessage.class);
        org.junit.jupiter.api.Assertions.assertTrue(vn.loa.signing.Ed25519.verify(
                vn.loa.signing.Ed25519.publicKey(key), parsed.canonical().bytes(), c.get("sig").asText()));
        org.junit.jupiter.api.Assertions.assertTrue(c.get("seq").asLong() >= 1);
    }

    @Test
    void acks_rejectedForgedCommand_becomesSecurityEvent() {
        final String forged = "11111111-2222-4333-8444-555555555555";
        mqtt.publish(ACK, "{\"v\":1,\"commandId\":\"" + forged + "\",\"receiverId\":\"" + RX
                + "\",\"state\":\"rejected\",\"at\":\"2026-12-06T09:00:00+07:00\","
                + "\"detail\":\"bad-signature: signature does not verify\"}");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/security-events").then().statusCode(200)
                .body("find { it.commandId == '" + forged + "' }.code", equalTo("bad-signature"),
                        "find { it.commandId == '" + forged + "' }.receiverId", equalTo(RX)));
    }

    @Test
    void acks_forgedForAnotherReceiver_becomesSecurityEventAndChangesNothing() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        // rx-ma-le-01 publishes, on its own topic, a "played" for a command that was sent to RX
        try (TestMqtt other = TestMqtt.asReceiver(gateway.brokerAddress(), "rx-ma-le-01")) {
            other.publish("loa/v1/rx/rx-ma-le-01/ack", ack(id, "rx-ma-le-01", "played", "2026-12-06T13:30:05+07:00"));
        }
        Awaitility.await().untilAsserted(() -> as("admin").get("/api/security-events").then()
                .body("find { it.commandId == '" + id + "' }.code", equalTo("forged-ack")));
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("SENT"));
    }

    @Test
    void acks_lateFromOutbox_areRecordedAsReportedLate() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        mqtt.publish(ACK, Fixtures.text("ack-played-late.json").replace("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11", id)
                .replace("rx-thon-ma-01", RX));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED"), "deliveries[0].reportedLate", equalTo(true),
                        "deliveries[0].reportedAt", notNullValue()));
    }

    @Test
    void digest_recoversLostAcksAndResendsLostCommands() throws Exception {
        final JsonNode played = scheduleAndReceive();
        final JsonNode lost = scheduleAndReceive();
        final String playedId = played.get("commandId").asText();
        final String lostId = lost.get("commandId").asText();
        final long lostSeq = lost.get("seq").asLong();
        // the receiver's digest knows the first command (played; its acks never arrived) and not the second
        mqtt.publish("loa/v1/rx/" + RX + "/digest", "{\"v\":1,\"receiverId\":\"" + RX + "\",\"at\":\""
                + java.time.OffsetDateTime.now() + "\",\"commands\":[{\"commandId\":\"" + playedId
                + "\",\"seq\":" + played.get("seq").asLong() + ",\"state\":\"played\",\"at\":"
                + "\"2026-12-06T13:30:05+07:00\",\"detail\":null}]}");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(played)).then()
                .body("deliveries[0].state", equalTo("PLAYED"), "deliveries[0].reportedLate", equalTo(true)));
        // the lost one comes again: same command id, a new sequence number, signed anew
        Awaitility.await().until(() -> mqtt.received().stream().filter(m -> m.contains(lostId)).count() == 2);
        final JsonNode again = Wire.JSON.readTree(mqtt.received().stream().filter(m -> m.contains(lostId))
                .reduce((a, b) -> b).orElseThrow());
        org.junit.jupiter.api.Assertions.assertTrue(again.get("seq").asLong() > lostSeq);
    }

    @Test
    void acks_canceled_endsDeliveryAsCanceled() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        mqtt.publish(ACK, ack(id, RX, "playing", "2026-12-06T13:30:00.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "canceled", "2026-12-06T13:30:02.000+07:00"));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("CANCELED"), "counts.CANCELED", equalTo(1)));
    }

    @Test
    void acks_fullSequence_reachPlayedWithReceiverTimes() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        mqtt.publish(ACK, ack(id, RX, "received", "2026-12-06T09:00:00.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "downloaded", "2026-12-06T09:00:02.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "playing", "2026-12-06T13:30:00.004+07:00"));
        mqtt.publish(ACK, ack(id, RX, "played", "2026-12-06T13:30:05.000+07:00"));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED"),
                        "deliveries[0].startedAt", equalTo("2026-12-06T06:30:00.004Z"),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z"),
                        "counts.PLAYED", equalTo(1)));
    }

    @Test
    void acks_duplicateAndOutOfOrder_neverMoveBackNorRepeat() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        mqtt.publish(ACK, ack(id, RX, "played", "2026-12-06T13:30:05.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "played", "2026-12-06T13:31:00.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "downloaded", "2026-12-06T09:00:02.000+07:00"));
        mqtt.publish(ACK, ack(id, RX, "playing", "2026-12-06T13:30:00.004+07:00"));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].startedAt", notNullValue()));
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("PLAYED"),
                "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z"),
                "deliveries[0].deliveredAt", equalTo("2026-12-06T02:00:02Z"));
        assertEquals(1, countEvents(id, "PLAYED"));
    }

    @Test
    void acks_badOnes_areDroppedAndTheSubscriberLivesOn() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        final String other = "rx-ma-le-01";
        mqtt.publish(ACK, "{not json");
        mqtt.publish(ACK, ack("00000000-0000-4000-8000-000000000000", RX, "played", "2026-12-06T13:30:05+07:00"));
        try (TestMqtt otherClient = TestMqtt.asReceiver(gateway.brokerAddress(), other)) {
            // another receiver acking our command, on its own topic: it was not targeted
            otherClient.publish("loa/v1/rx/" + other + "/ack", ack(id, other, "played", "2026-12-06T13:30:05+07:00"));
            // topic and payload name different receivers
            otherClient.publish("loa/v1/rx/" + other + "/ack", ack(id, RX, "failed", "2026-12-06T13:30:05+07:00"));
        }
        mqtt.publish(ACK, ack(id, RX, "unheard-of", "2026-12-06T13:30:05+07:00"));
        mqtt.publish(ACK, ack(id, RX, "received", "2026-12-06T09:00:00.000+07:00"));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("RECEIVED")));
        assertEquals(0, countEvents(id, "PLAYED"));
        assertEquals(0, countEvents(id, "FAILED"));
    }

    @Test
    void status_onlineThenLastWill_updatesPresence() {
        final String status = "loa/v1/rx/rx-ma-le-01/status";
        try (TestMqtt maLe = TestMqtt.asReceiver(gateway.brokerAddress(), "rx-ma-le-01")) {
        maLe.publish(status, "{\"v\":1,\"receiverId\":\"rx-ma-le-01\",\"online\":true,\"at\":\"2026-12-06T09:00:00+07:00\",\"agent\":\"loa-agent/0.1.0\"}");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/receivers/rx-ma-le-01").then()
                .body("online", equalTo(true), "agent", equalTo("loa-agent/0.1.0"), "lastSeenAt", notNullValue()));
        maLe.publish(status, "{\"v\":1,\"receiverId\":\"rx-ma-le-01\",\"online\":false}");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/receivers/rx-ma-le-01").then()
                .body("online", equalTo(false)));
        }
    }

    private static long countEvents(final String commandId, final String state) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.count(
                "state = ?1 and deliveryId in (select d.id from Delivery d where d.commandId = ?2)",
                vn.loa.broadcast.DeliveryState.valueOf(state), commandId));
    }
}
