package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.TestMqtt;

/** Per-receiver credentials and topic rights on the embedded broker (Mosquitto's are in MosquittoAclTest). */
@QuarkusTest
class BrokerAuthTest {

    private static final String RX = "rx-lo-lo-chai-01";
    private static final String OTHER = "rx-then-van-01";

    @Inject
    EmbeddedBroker broker;

    @Inject
    MqttGateway gateway;

    @BeforeEach
    void embeddedOnly() {
        Assumptions.assumeTrue(broker.running(), "embedded broker only");
    }

    private String secret(final String receiver) {
        return as("admin").post("/api/receivers/" + receiver + "/secret").then().statusCode(200)
                .extract().path("brokerSecret");
    }

    @Test
    void connect_withoutOrWithWrongCredentials_isRefused() {
        final String address = gateway.brokerAddress();
        final String secret = secret(RX);
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "loa-rx-" + RX, null, null));
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "loa-rx-" + RX, RX, secret + "x"));
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "loa-rx-" + OTHER, RX, secret));
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "x", "loa-controller-test", "guess"));
        TestMqtt.connect(address, "loa-rx-" + RX, RX, secret).close();
    }

    @Test
    void connect_controllerCredentialsWithAnotherClientId_isRefused() {
        final String address = gateway.brokerAddress();
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "test-watcher",
                TestMqtt.CONTROLLER_USER, TestMqtt.CONTROLLER_PASSWORD));
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(address, "loa-rx-" + RX,
                TestMqtt.CONTROLLER_USER, TestMqtt.CONTROLLER_PASSWORD));
        // the controller's own client, with the right id, is still connected and listening
        assertTrue(gateway.listening());
    }

    @Test
    void newSecret_replacesTheOldOne() {
        final String old = secret(RX);
        secret(RX);
        assertThrows(RuntimeException.class, () -> TestMqtt.connect(gateway.brokerAddress(), "loa-rx-" + RX, RX, old));
    }

    @Test
    void receiver_cannotSubscribeToAnotherReceiversCommands() {
        try (TestMqtt rx = TestMqtt.asReceiver(gateway.brokerAddress(), RX)) {
            assertTrue(rx.trySubscribe("loa/v1/rx/" + RX + "/cmd"));
            assertFalse(rx.trySubscribe("loa/v1/rx/" + OTHER + "/cmd"));
            assertFalse(rx.trySubscribe("loa/v1/rx/+/cmd"));
            assertFalse(rx.trySubscribe("#"));
        }
    }

    @Test
    void receiver_cannotPublishAnotherReceiversAcks() {
        // the controller itself is the witness: a rejected-command ack it receives becomes a security event
        final String own = UUID.randomUUID().toString();
        final String forged = UUID.randomUUID().toString();
        try (TestMqtt rx = TestMqtt.asReceiver(gateway.brokerAddress(), RX)) {
            rx.publish("loa/v1/rx/" + RX + "/ack", badSignatureAck(own, RX));
            Awaitility.await().until(() -> securityEventExists(own));
            // HiveMQ closes an MQTT 3 connection that publishes where it may not, so the PUBACK never comes
            assertThrows(RuntimeException.class, () -> rx.publish("loa/v1/rx/" + OTHER + "/ack",
                    badSignatureAck(forged, OTHER)));
            Awaitility.await().until(() -> !rx.connected());
        }
        final String after = UUID.randomUUID().toString();
        try (TestMqtt rx = TestMqtt.asReceiver(gateway.brokerAddress(), RX)) {
            rx.publish("loa/v1/rx/" + RX + "/ack", badSignatureAck(after, RX));
            Awaitility.await().until(() -> securityEventExists(after));
        }
        assertFalse(securityEventExists(forged));
    }

    private static String badSignatureAck(final String commandId, final String receiver) {
        return "{\"v\":1,\"commandId\":\"" + commandId + "\",\"receiverId\":\"" + receiver
                + "\",\"state\":\"rejected\",\"at\":\"2026-12-06T09:00:00+07:00\","
                + "\"detail\":\"bad-signature: signature does not verify\"}";
    }

    private static boolean securityEventExists(final String commandId) {
        final List<String> ids = as("official").get("/api/security-events").then().statusCode(200)
                .extract().path("commandId");
        return ids.contains(commandId);
    }
}
