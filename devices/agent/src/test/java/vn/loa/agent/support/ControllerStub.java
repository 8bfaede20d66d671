package vn.loa.agent.support;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.protocol.WireFormat;

/** Plays the controller's side of the MQTT contract: publishes commands, collects acks, statuses and digests. */
public final class ControllerStub implements AutoCloseable {

    private final Mqtt3BlockingClient client;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Map<String, ReceiverStatus> statuses = new ConcurrentHashMap<>();
    private final List<ReceiverStatus> statusHistory = new CopyOnWriteArrayList<>();
    private final List<Digest> digests = new CopyOnWriteArrayList<>();
    /** When each ack arrived here, by identity of the parsed ack. */
    private final Map<Ack, Instant> arrivals = new ConcurrentHashMap<>();

    public ControllerStub(final int port) {
        client = Mqtt3Client.builder()
                .identifier("controller-stub-" + UUID.randomUUID())
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildBlocking();
        client.toAsync().publishes(MqttGlobalPublishFilter.ALL, publish -> {
            final String topic = publish.getTopic().toString();
            if (topic.endsWith("/ack")) {
                final Ack ack = WireFormat.parseAck(publish.getPayloadAsBytes());
                arrivals.putIfAbsent(ack, Instant.now());
                acks.add(ack);
            } else if (topic.endsWith("/status")) {
                final ReceiverStatus status = WireFormat.parseStatus(publish.getPayloadAsBytes());
                statuses.put(status.receiverId().value(), status);
                statusHistory.add(status);
            } else if (topic.endsWith("/digest")) {
                digests.add(WireFormat.parseDigest(publish.getPayloadAsBytes()));
            }
        });
        client.connect();
        client.subscribeWith().topicFilter("loa/v1/rx/+/ack").qos(MqttQos.AT_LEAST_ONCE).send();
        client.subscribeWith().topicFilter("loa/v1/rx/+/status").qos(MqttQos.AT_LEAST_ONCE).send();
        client.subscribeWith().topicFilter("loa/v1/rx/+/digest").qos(MqttQos.AT_LEAST_ONCE).send();
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

    /** When {@code ack} arrived (the first time an equal one arrived). */
    public Instant arrival(final Ack ack) {
        return arrivals.get(ack);
    }

    /** Every status received for {@code receiverId}, oldest first. */
    public List<ReceiverStatus> statuses(final String receiverId) {
        return statusHistory.stream().filter(s -> s.receiverId().value().equals(receiverId)).toList();
    }

    /** Every digest received from {@code receiverId}, oldest first. */
    public List<Digest> digests(final String receiverId) {
        return digests.stream().filter(d -> d.receiverId().value().equals(receiverId)).toList();
    }

    public ReceiverStatus status(final String receiverId) {
        return statuses.get(receiverId);
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
