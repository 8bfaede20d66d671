package vn.loa.agent.support;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.protocol.WireFormat;

/** Plays the controller's side of the MQTT contract: publishes commands, collects acks and statuses. */
public final class ControllerStub implements AutoCloseable {

    private final Mqtt3BlockingClient client;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Map<String, ReceiverStatus> statuses = new ConcurrentHashMap<>();

    public ControllerStub(final int port) {
        client = Mqtt3Client.builder()
                .identifier("controller-stub-" + UUID.randomUUID())
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildBlocking();
        client.toAsync().publishes(MqttGlobalPublishFilter.ALL, publish -> {
            final String topic = publish.getTopic().toString();
            if (topic.endsWith("/ack")) {
                acks.add(WireFormat.parseAck(publish.getPayloadAsBytes()));
            } else if (topic.endsWith("/status")) {
                final ReceiverStatus status = WireFormat.parseStatus(publish.getPayloadAsBytes());
                statuses.put(status.receiverId().value(), status);
            }
        });
        client.connect();
        client.subscribeWith().topicFilter("loa/v1/rx/+/ack").qos(MqttQos.AT_LEAST_ONCE).send();
        client.subscribeWith().topicFilter("loa/v1/rx/+/status").qos(MqttQos.AT_LEAST_ONCE).send();
    }

    public void publish(final String receiverId, final byte[] payload) {
        client.publishWith().topic("loa/v1/rx/" + receiverId + "/cmd").qos(MqttQos.AT_LEAST_ONCE).payload(payload)
                .send();
    }

    public List<Ack> acks(final String commandId) {
        return acks.stream().filter(a -> a.commandId().value().equals(commandId)).collect(Collectors.toList());
    }

    public List<AckState> states(final String commandId) {
        return acks(commandId).stream().map(Ack::state).collect(Collectors.toList());
    }

    public Ack ack(final String commandId, final AckState state) {
        return acks(commandId).stream().filter(a -> a.state() == state).findFirst().orElseThrow();
    }

    public ReceiverStatus status(final String receiverId) {
        return statuses.get(receiverId);
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
