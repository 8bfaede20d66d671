package vn.loa.support;


import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/** A bare MQTT client for tests: plays the part of a receiver (or an attacker) on the broker. */
public final class TestMqtt implements AutoCloseable {

    /**
     * The controller's user on the embedded broker in the test profile. Only a client whose id is this user name may
     * log in with it (the controller's own), so a test cannot watch topics with the controller's rights.
     */
    public static final String CONTROLLER_USER = "loa-controller-test";
    public static final String CONTROLLER_PASSWORD = "controller-test-password";

    private final Mqtt3BlockingClient client;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private TestMqtt(final String address, final String clientId, final String user, final String password) {
        final int colon = address.lastIndexOf(':');
        Mqtt3ClientBuilder b = MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost(address.substring(0, colon)).serverPort(Integer.parseInt(address.substring(colon + 1)));
        if (user != null) {
            b = b.simpleAuth().username(user).password(password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        client = b.buildBlocking();
        client.connect();
    }

    /** Connects as a receiver, with a fresh secret from the admin API, as its agent would. */
    public static TestMqtt asReceiver(final String address, final String receiverId) {
        final String secret = Api.as("admin").post("/api/receivers/" + receiverId + "/secret").then().statusCode(200)
                .extract().path("brokerSecret");
        return new TestMqtt(address, "loa-rx-" + receiverId, receiverId, secret);
    }

    /** Connects with explicit credentials (null user: anonymous); throws when the broker refuses. */
    public static TestMqtt connect(final String address, final String clientId, final String user, final String password) {
        return new TestMqtt(address, clientId, user, password);
    }

    /** Collects every message on {@code filter} (payloads as UTF-8 text) into {@link #received()}. */
    public TestMqtt subscribe(final String filter) {
        if (!trySubscribe(filter)) {
            throw new IllegalStateException("broker refused subscription to " + filter);
        }
        return this;
    }

    /** Subscribes; false when the broker refuses the filter. */
    public boolean trySubscribe(final String filter) {
        try {
            return !client.toAsync().subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE)
                    .callback(p -> received.add(new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)))
                    .send().join().getReturnCodes().contains(Mqtt3SubAckReturnCode.FAILURE);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3SubAckException) {
                return false;
            }
            throw e;
        }
    }

    public void publish(final String topic, final String payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    public boolean connected() {
        return client.getState().isConnected();
    }

    public List<String> received() {
        return received;
    }

    /** Waits for the command of broadcast {@code broadcastId} among the messages received, and returns it parsed. */
    public JsonNode awaitCommandOf(final long broadcastId) {
        Awaitility.await().until(() -> received().stream().anyMatch(m -> isCommandOf(m, broadcastId)));
        return parse(received().stream().filter(m -> isCommandOf(m, broadcastId)).findFirst().orElseThrow());
    }

    private static boolean isCommandOf(final String message, final long broadcastId) {
        try {
            return parse(message).path("broadcastId").asLong(-1) == broadcastId;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode parse(final String message) {
        try {
            return new ObjectMapper().readTree(message);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + message, e);
        }
    }

    @Override
    public void close() {
        if (client.getState().isConnected()) {
            client.disconnect();
        }
    }
}
