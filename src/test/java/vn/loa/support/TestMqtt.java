package vn.loa.support;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A bare MQTT client for tests: plays the part of a receiver (or an attacker) on the broker. */
public final class TestMqtt implements AutoCloseable {

    private final Mqtt3BlockingClient client;
    private final List<String> received = new CopyOnWriteArrayList<>();

    public TestMqtt(final String host, final int port) {
        client = MqttClient.builder().useMqttVersion3().identifier("test-" + UUID.randomUUID())
                .serverHost(host).serverPort(port).buildBlocking();
        client.connect();
    }

    /** Collects every message on {@code filter} (payloads as UTF-8 text) into {@link #received()}. */
    public TestMqtt subscribe(final String filter) {
        client.toAsync().subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> received.add(new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)))
                .send().join();
        return this;
    }

    public void publish(final String topic, final String payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** Connects to {@code host:port}. */
    public static TestMqtt connect(final String address) {
        final int colon = address.lastIndexOf(':');
        return new TestMqtt(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
    }

    public List<String> received() {
        return received;
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
