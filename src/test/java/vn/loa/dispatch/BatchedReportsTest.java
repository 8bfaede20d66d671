package vn.loa.dispatch;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.alert.SecurityEvent;
import vn.loa.broadcast.DeliveryEvent;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * Receivers' messages handled in batches ({@link ReceiverMessageHandler#handleBatch}): acks and status reports stored
 * together give the same log as one by one, in arrival order, duplicates once; what cannot go into a batch (a bad
 * message, a refusal, a forged ack) is handled at its place without spoiling the batch around it.
 */
@QuarkusTest
class BatchedReportsTest {

    private static final String RX = "rx-then-van-01";
    private static final String ACK = "loa/v1/rx/" + RX + "/ack";

    @Inject
    ReceiverMessageHandler handler;

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

    private static Inbound ack(final String commandId, final String receiver, final String state, final String at) {
        return message("loa/v1/rx/" + receiver + "/ack", """
                {"v":1,"commandId":"%s","receiverId":"%s","state":"%s","at":"%s","detail":null}"""
                .formatted(commandId, receiver, state, at));
    }

    private static Inbound message(final String topic, final String payload) {
        return new Inbound(topic, payload.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void handleBatch_fullSequenceWithDuplicatesAndBadOnes_sameLogAsOneByOne() {
        final JsonNode first = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final JsonNode second = mqtt.awaitCommandOf(Api.broadcastTo(RX));
        final String a = first.get("commandId").asText();
        final String b = second.get("commandId").asText();
        final long securityBefore = QuarkusTransaction.requiringNew().call(() -> SecurityEvent.count());
        handler.handleBatch(List.of(
                ack(a, RX, "received", "2026-12-06T09:00:00.000+07:00"),
                ack(b, RX, "received", "2026-12-06T09:00:00.100+07:00"),
                message(ACK, "{not json"),
                ack(a, RX, "downloaded", "2026-12-06T09:00:02.000+07:00"),
                ack(a, RX, "downloaded", "2026-12-06T09:00:02.000+07:00"), // QoS 1 redelivery
                // another receiver acking a command it was not sent: goes into the batch, a security event after it
                ack(b, "rx-ma-le-01", "failed", "2026-12-06T09:00:03+07:00"),
                // topic and payload name different receivers: a forged ack, handled on its own
                message("loa/v1/rx/rx-ma-le-01/ack", """
                        {"v":1,"commandId":"%s","receiverId":"%s","state":"failed","at":"2026-12-06T09:00:03+07:00",\
                        "detail":null}""".formatted(b, RX)),
                ack(a, RX, "playing", "2026-12-06T13:30:00.004+07:00"),
                ack(b, RX, "downloaded", "2026-12-06T09:00:04.000+07:00"),
                message("loa/v1/rx/" + RX + "/status", "{\"v\":1,\"receiverId\":\"" + RX
                        + "\",\"online\":true,\"at\":\"2026-12-06T09:00:05+07:00\",\"agent\":\"loa-agent/batch\"}"),
                ack(a, RX, "played", "2026-12-06T13:30:05.000+07:00"),
                ack(a, RX, "played", "2026-12-06T13:31:00.000+07:00")));
        as("official").get("/api/broadcasts/" + first.get("broadcastId").asLong()).then()
                .body("deliveries[0].state", equalTo("PLAYED"),
                        "deliveries[0].deliveredAt", equalTo("2026-12-06T02:00:02Z"),
                        "deliveries[0].startedAt", equalTo("2026-12-06T06:30:00.004Z"),
                        "deliveries[0].finishedAt", equalTo("2026-12-06T06:30:05Z"));
        as("official").get("/api/broadcasts/" + second.get("broadcastId").asLong()).then()
                .body("deliveries[0].state", equalTo("DELIVERED"));
        assertEquals(List.of("SENT", "RECEIVED", "DELIVERED", "PLAYING", "PLAYED"), history(a));
        assertEquals(List.of("SENT", "RECEIVED", "DELIVERED"), history(b));
        as("official").get("/api/receivers/" + RX).then().body("agent", equalTo("loa-agent/batch"));
        assertEquals(securityBefore + 2, QuarkusTransaction.requiringNew().call(() -> SecurityEvent.count()),
                "each forged ack is one security event");
    }

    @Test
    void handleBatch_statusOfUnregisteredReceiverAmongOthers_othersStored() {
        handler.handleBatch(List.of(
                message("loa/v1/rx/rx-nobody-9999/status", "{\"v\":1,\"receiverId\":\"rx-nobody-9999\","
                        + "\"online\":true,\"at\":\"2026-12-06T09:00:00+07:00\",\"agent\":\"x\"}"),
                message("loa/v1/rx/rx-ma-le-01/status", "{\"v\":1,\"receiverId\":\"rx-ma-le-01\","
                        + "\"online\":true,\"at\":\"2026-12-06T09:00:00+07:00\",\"agent\":\"loa-agent/ma-le\"}")));
        as("official").get("/api/receivers/rx-ma-le-01").then().body("agent", equalTo("loa-agent/ma-le"));
    }

    private static List<String> history(final String commandId) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.getEntityManager()
                .createQuery("select e.state from DeliveryEvent e, Delivery d where e.deliveryId = d.id "
                        + "and d.commandId = :c order by e.id", Object.class)
                .setParameter("c", commandId).getResultList().stream().map(Object::toString).toList());
    }
}
