package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * Issue 11 item 1 on the controller alone, a bare MQTT client playing the receiver: a play an emergency cuts is
 * PREEMPTED, then PLAYING again and PLAYED; every report is history once (redelivered copies are not), and reports
 * that overtook each other on the way never move the delivery back.
 */
@QuarkusTest
class PreemptedReportsTest {

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

    @Test
    void acks_playingPreemptedPlayingPlayed_historyKeepsEachAndTheDeliveryEndsPlayed() {
        final JsonNode c = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final String id = c.get("commandId").asText();
        send(id, "playing", "2026-12-06T13:30:00.004+07:00", null);
        awaitState(c, "PLAYING");
        send(id, "preempted", "2026-12-06T13:30:05.002+07:00", "preempted: emergency command x broke in");
        awaitState(c, "PREEMPTED");
        as("official").get(broadcastOf(c)).then().body("deliveries[0].detail",
                equalTo("preempted: emergency command x broke in"));
        send(id, "playing", "2026-12-06T13:31:00.010+07:00", null);
        awaitState(c, "PLAYING");
        // a redelivered copy of the first playing: already history
        send(id, "playing", "2026-12-06T13:30:00.004+07:00", null);
        send(id, "played", "2026-12-06T13:31:12.171+07:00", null);
        awaitState(c, "PLAYED");

        assertEquals(List.of(DeliveryState.PLAYING, DeliveryState.PREEMPTED, DeliveryState.PLAYING,
                DeliveryState.PLAYED), history(id));
        as("official").get(broadcastOf(c)).then().body("deliveries[0].startedAt",
                equalTo("2026-12-06T06:30:00.004Z"));
    }

    @Test
    void acks_preemptedOvertakenByTheSecondPlaying_stateStaysPlaying() {
        final JsonNode c = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final String id = c.get("commandId").asText();
        send(id, "playing", "2026-12-06T13:30:00.004+07:00", null);
        send(id, "playing", "2026-12-06T13:31:00.010+07:00", null);
        awaitHistory(id, 2);

        send(id, "preempted", "2026-12-06T13:30:05.002+07:00", "preempted: emergency command x broke in");

        awaitHistory(id, 3);
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("PLAYING"));
    }

    @Test
    void acks_preemptedBeforeItsPlayingThenExpired_endsExpiredWithTheStartKept() {
        final JsonNode c = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final String id = c.get("commandId").asText();
        send(id, "preempted", "2026-12-06T13:30:05.002+07:00", "preempted: emergency command x broke in");
        awaitState(c, "PREEMPTED");
        // the playing before it comes last: history, and the start it tells
        send(id, "playing", "2026-12-06T13:30:00.004+07:00", null);
        awaitHistory(id, 2);
        as("official").get(broadcastOf(c)).then().body("deliveries[0].state", equalTo("PREEMPTED"),
                "deliveries[0].startedAt", equalTo("2026-12-06T06:30:00.004Z"));

        send(id, "expired", "2026-12-06T14:30:00.001+07:00", "expired: expiresAt has passed");

        awaitState(c, "EXPIRED");
    }

    @Test
    void digest_preemptedEntry_recordedOnceAsLateReport() {
        final JsonNode c = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final String id = c.get("commandId").asText();
        final String digest = "{\"v\":1,\"receiverId\":\"" + RX + "\",\"at\":\"2026-12-06T13:31:00.000+07:00\","
                + "\"commands\":[{\"commandId\":\"" + id + "\",\"seq\":" + c.get("seq").asLong()
                + ",\"state\":\"preempted\",\"at\":\"2026-12-06T13:30:05.002+07:00\",\"detail\":null}]}";

        mqtt.publish("loa/v1/rx/" + RX + "/digest", digest);
        awaitState(c, "PREEMPTED");
        mqtt.publish("loa/v1/rx/" + RX + "/digest", digest);
        send(id, "preempted", "2026-12-06T13:30:05.002+07:00", null);
        send(id, "played", "2026-12-06T13:31:12.171+07:00", null);
        awaitState(c, "PLAYED");

        assertEquals(List.of(DeliveryState.PREEMPTED, DeliveryState.PLAYED), history(id));
    }

    private void send(final String commandId, final String state, final String at, final String detail) {
        mqtt.publish(ACK, """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":%s}"""
                .formatted(commandId, RX, state, at, detail == null ? "null" : "\"" + detail + "\""));
    }

    private static void awaitState(final JsonNode command, final String state) {
        Awaitility.await().untilAsserted(() -> as("official").get(broadcastOf(command)).then()
                .body("deliveries[0].state", equalTo(state)));
    }

    private static void awaitHistory(final String commandId, final int size) {
        Awaitility.await().until(() -> history(commandId).size() == size);
    }

    /** The receiver's reports of the delivery, in the order they were recorded (SENT, the controller's, left out). */
    private static List<DeliveryState> history(final String commandId) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.<DeliveryEvent>list(
                "receiverAt is not null and deliveryId in (select d.id from Delivery d where d.commandId = ?1) "
                        + "order by id", commandId).stream().map(e -> e.state).toList());
    }

    private static String broadcastOf(final JsonNode command) {
        return "/api/broadcasts/" + command.get("broadcastId").asLong();
    }
}
