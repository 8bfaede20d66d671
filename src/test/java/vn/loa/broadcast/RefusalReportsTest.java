package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * Issue 17.1 and 17.2 on the controller alone, a bare MQTT client playing the receiver: refusals that are no state
 * of the command they name are security events once per occurrence and change no delivery; verified refusals still
 * end it; a delivery an unverified refusal marked REJECTED (before the fix) is mended by the receiver's own report.
 */
@QuarkusTest
class RefusalReportsTest {

    private static final String RX = "rx-then-van-01";
    private static final String ACK = "loa/v1/rx/" + RX + "/ack";

    @Inject
    MqttGateway gateway;

    @Inject
    DeliveryReconciliation reconciliation;

    private TestMqtt mqtt;

    @BeforeEach
    void connect() {
        mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), RX).subscribe("loa/v1/rx/" + RX + "/cmd");
    }

    @AfterEach
    void disconnect() {
        mqtt.close();
    }

    private JsonNode scheduleAndReceive() {
        return mqtt.awaitCommandOf(Api.broadcastTo(RX));
    }

    private static String ack(final String commandId, final String receiver, final String state, final String at,
            final String detail) {
        return """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":%s}"""
                .formatted(commandId, receiver, state, at, detail == null ? "null" : "\"" + detail + "\"");
    }

    private static String broadcastOf(final JsonNode command) {
        return "/api/broadcasts/" + command.get("broadcastId").asLong();
    }

    private static List<String> eventCodes(final String commandId) {
        return as("admin").queryParam("limit", 1000).get("/api/security-events").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.commandId == '" + commandId + "' }.code");
    }

    private static long countEvents(final String commandId, final DeliveryState state) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.count(
                "state = ?1 and deliveryId in (select d.id from Delivery d where d.commandId = ?2)", state,
                commandId));
    }

    /** What the controller did before issue 17 with an unverified refusal: made it the delivery's final state. */
    private static void markRejectedTheOldWay(final String commandId, final String detail, final Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            final Delivery d = Delivery.find("commandId", commandId).firstResult();
            final Instant now = Instant.now();
            final DeliveryEvent e = DeliveryEvent.of(d.id, DeliveryState.REJECTED, at, now, detail);
            e.persist();
            d.state = DeliveryState.REJECTED;
            d.detail = detail;
            d.finishedAt = at;
            d.reportedAt = now;
            d.updatedAt = now;
        });
    }

    private void publishAcks(final String id, final String... stateAndAt) {
        for (int i = 0; i < stateAndAt.length; i += 2) {
            mqtt.publish(ACK, ack(id, RX, stateAndAt[i], stateAndAt[i + 1], null));
        }
    }

    @Test
    void unverifiedRefusals_ofADeliveredCommand_areSecurityEventsOncePerOccurrenceAndChangeNothing() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        publishAcks(id, "received", "2026-12-06T09:00:00.000+07:00", "downloaded", "2026-12-06T09:00:02.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("DELIVERED")));
        final String refused = ack(id, RX, "rejected", "2026-12-06T09:10:00.000+07:00",
                "bad-signature: signature does not verify");
        mqtt.publish(ACK, refused);
        mqtt.publish(ACK, refused); // a QoS 1 redelivery of the same report: the same occurrence
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:11:00.000+07:00", "unsigned: sig missing"));
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:12:00.000+07:00", "unknown-key: key abc"));
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:13:00.000+07:00", "invalid-command: duplicate key"));
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:14:00.000+07:00", "unknown-type: type 'x'"));
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:15:00.000+07:00",
                "bad-signature: signature does not verify"));
        Awaitility.await().untilAsserted(() -> assertEquals(List.of("bad-signature", "unknown-type",
                "invalid-command", "unknown-key", "unsigned", "bad-signature"), eventCodes(id)));
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("DELIVERED"),
                "deliveries[0].finishedAt", equalTo(null));
        assertEquals(0, countEvents(id, DeliveryState.REJECTED));

        publishAcks(id, "playing", "2026-12-06T13:30:00.004+07:00", "played", "2026-12-06T13:30:05.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED"),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z")));
    }

    @Test
    void replayedIdAndWrongReceiver_areSecurityEventsOnly() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        publishAcks(id, "received", "2026-12-06T09:00:00.000+07:00", "downloaded", "2026-12-06T09:00:02.000+07:00",
                "playing", "2026-12-06T13:30:00.000+07:00", "played", "2026-12-06T13:30:05.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED")));
        // the controller did send this command to RX: a replay of captured traffic all the same
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T14:00:00.000+07:00", "replayed-id: already played"));
        // the same genuine command, replayed onto another receiver's topic
        try (TestMqtt other = TestMqtt.asReceiver(gateway.brokerAddress(), "rx-ma-le-01")) {
            other.publish("loa/v1/rx/rx-ma-le-01/ack", ack(id, "rx-ma-le-01", "rejected",
                    "2026-12-06T14:01:00.000+07:00", "wrong-receiver: command is for " + RX));
        }
        Awaitility.await().untilAsserted(() -> assertEquals(List.of("wrong-receiver", "replayed-id"),
                eventCodes(id)));
        final JsonPath d = as("official").get(broadcastOf(c)).then().extract().jsonPath().setRootPath("deliveries[0]");
        assertEquals("PLAYED", d.getString("state"));
        assertEquals("2026-12-06T06:30:05Z", d.getString("finishedAt"));
    }

    @Test
    void verifiedRefusal_oldSequence_stillEndsTheDelivery() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        mqtt.publish(ACK, ack(id, RX, "rejected", "2026-12-06T09:00:00.000+07:00", "old-sequence: seq 3 is used"));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("REJECTED")));
        assertEquals(List.of("old-sequence"), eventCodes(id));
    }

    @Test
    void deliveryRejectedTheOldWay_isMendedByTheReceiversPlayedAck() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        publishAcks(id, "received", "2026-12-06T09:00:00.000+07:00", "downloaded", "2026-12-06T09:00:02.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("DELIVERED")));
        markRejectedTheOldWay(id, "bad-signature: signature does not verify",
                Instant.parse("2026-12-06T03:00:00Z"));

        publishAcks(id, "playing", "2026-12-06T13:30:00.004+07:00", "played", "2026-12-06T13:30:05.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED"),
                        "deliveries[0].startedAt", equalTo("2026-12-06T06:30:00.004Z"),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z"),
                        "deliveries[0].detail", equalTo(null)));
        assertEquals(0, countEvents(id, DeliveryState.REJECTED));
        assertEquals(List.of("bad-signature"), eventCodes(id), "the refusal is kept, as a security event");
    }

    @Test
    void deliveryRejectedTheOldWay_afterItPlayed_isMendedByTheDigest() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        publishAcks(id, "received", "2026-12-06T09:00:00.000+07:00", "downloaded", "2026-12-06T09:00:02.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("DELIVERED")));
        // the log: the forged copy's refusal became the state, then the genuine playing and played came
        markRejectedTheOldWay(id, "unsigned: sig missing", Instant.parse("2026-12-06T03:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> {
            final Delivery d = Delivery.find("commandId", id).firstResult();
            final Instant now = Instant.now();
            DeliveryEvent.of(d.id, DeliveryState.PLAYING, Instant.parse("2026-12-06T06:30:00Z"), now, null).persist();
            DeliveryEvent.of(d.id, DeliveryState.PLAYED, Instant.parse("2026-12-06T06:30:05Z"), now, null).persist();
            d.startedAt = Instant.parse("2026-12-06T06:30:00Z");
        });
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("REJECTED"));

        mqtt.publish("loa/v1/rx/" + RX + "/digest", "{\"v\":1,\"receiverId\":\"" + RX + "\",\"at\":\""
                + OffsetDateTime.now() + "\",\"commands\":[{\"commandId\":\"" + id + "\",\"seq\":"
                + c.get("seq").asLong() + ",\"state\":\"played\",\"at\":\"2026-12-06T13:30:05.000+07:00\","
                + "\"detail\":null}]}");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED"),
                        "deliveries[0].startedAt", equalTo("2026-12-06T06:30:00Z"),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z")));
        assertEquals(List.of("PLAYED"), as("official").queryParam("receiver", RX).get("/api/logs").then()
                .extract().jsonPath().getList("findAll { it.broadcastId == " + c.get("broadcastId").asLong()
                        + " }.state"));
        assertEquals(List.of("unsigned"), eventCodes(id));
    }

    @Test
    void deliveryRejectedTheOldWay_missingFromTheDigest_isRebuiltAndSentAgain() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("SENT")));
        markRejectedTheOldWay(id, "bad-signature: signature does not verify", Instant.parse("2026-12-06T03:00:00Z"));
        // the receiver never took the genuine command: its digest does not list it
        mqtt.publish("loa/v1/rx/" + RX + "/digest", "{\"v\":1,\"receiverId\":\"" + RX + "\",\"at\":\""
                + OffsetDateTime.now() + "\",\"commands\":[]}");
        Awaitility.await().until(() -> mqtt.received().stream().filter(m -> m.contains(id)).count() == 2);
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("SENT"),
                "deliveries[0].finishedAt", equalTo(null));
        assertEquals(List.of("bad-signature"), eventCodes(id));
    }

    @Test
    void receiversToAsk_deliveryPastItsExpectedEndWithoutFinalReport_includesItsReceiver() throws Exception {
        final JsonNode c = scheduleAndReceive();
        final String id = c.get("commandId").asText();
        publishAcks(id, "received", "2026-12-06T09:00:00.000+07:00", "downloaded", "2026-12-06T09:00:02.000+07:00",
                "playing", "2026-12-06T13:30:00.000+07:00");
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYING")));
        assertFalse(reconciliation.receiversOwingFinalReports().contains(RX), "playAt is two hours ahead");
        // played three minutes ago: past its end plus final-report-after (1 minute), within the grace (10 minutes)
        QuarkusTransaction.requiringNew().run(() -> {
            final Broadcast b = Broadcast.findById(c.get("broadcastId").asLong());
            b.playAt = Instant.now().minus(Duration.ofMinutes(3));
        });
        assertTrue(reconciliation.receiversOwingFinalReports().contains(RX));
        assertTrue(reconciliation.receiversToAsk().contains(RX));
        mqtt.publish(ACK, ack(id, RX, "played", "2026-12-06T13:30:05.000+07:00", null));
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(c)).then()
                .body("deliveries[0].state", equalTo("PLAYED")));
        assertFalse(reconciliation.receiversOwingFinalReports().contains(RX));
    }
}
