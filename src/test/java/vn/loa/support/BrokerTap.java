package vn.loa.support;

import com.hivemq.extension.sdk.api.interceptor.publish.PublishOutboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishOutboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishOutboundOutput;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import vn.loa.dispatch.EmbeddedBroker;

/**
 * The attacker of issue 17 on one receiver's command topic: it sees every command the broker sends to the receiver
 * and can publish its own there. With the embedded broker it works inside the broker, as a compromised broker would:
 * a client initializer of the broker's own in-process extension puts an outbound interceptor on the receiver's
 * connection, and the broker's publish service injects messages. With an external broker it is an anonymous client,
 * as on a shared network whose broker lets anyone in (the machine's Mosquitto, {@code allow_anonymous true}); when
 * that broker refuses it, the test is skipped, not failed.
 */
public final class BrokerTap implements AutoCloseable {

    /** What the interceptor copied inside the embedded broker. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    /** The anonymous client on an external broker; null inside the embedded broker. */
    private final TestMqtt client;
    private volatile boolean open = true;

    private BrokerTap(final TestMqtt client) {
        this.client = client;
    }

    /**
     * Taps {@code loa/v1/rx/<receiverId>/cmd}. With the embedded broker, call this before the receiver's agent
     * connects: the broker runs client initializers when a client connects.
     */
    public static BrokerTap open(final EmbeddedBroker broker, final String address, final String receiverId) {
        final String topic = "loa/v1/rx/" + receiverId + "/cmd";
        if (broker.running()) {
            return inside("loa-rx-" + receiverId, topic);
        }
        final TestMqtt anonymous;
        try {
            anonymous = TestMqtt.connect(address, "loa-tap-" + receiverId, null, null);
        } catch (RuntimeException e) {
            return Assumptions.abort("the external broker at " + address + " refuses anonymous clients: " + e);
        }
        if (!anonymous.trySubscribe(topic)) {
            anonymous.close();
            return Assumptions.abort("the external broker at " + address + " keeps anonymous clients off " + topic);
        }
        return new BrokerTap(anonymous);
    }

    private static BrokerTap inside(final String clientId, final String topic) {
        // HiveMQ files an initializer under the extension whose class loader loaded it; in a Quarkus test the
        // controller's classes (its broker extension among them) and the tests share one class loader
        if (BrokerTap.class.getClassLoader() != EmbeddedBroker.class.getClassLoader()) {
            throw new IllegalStateException("the tap is not loaded with the embedded broker's extension");
        }
        final BrokerTap tap = new BrokerTap(null);
        final PublishOutboundInterceptor copy = (final PublishOutboundInput in, final PublishOutboundOutput out) -> {
            if (tap.open && in.getPublishPacket().getTopic().equals(topic)) {
                tap.received.add(in.getPublishPacket().getPayload().map(BrokerTap::text).orElse(""));
            }
        };
        // one initializer per extension: a later tap replaces this one for clients connecting afterwards
        Services.initializerRegistry().setClientInitializer((input, context) -> {
            if (input.getClientInformation().getClientId().equals(clientId)) {
                context.addPublishOutboundInterceptor(copy);
            }
        });
        return tap;
    }

    /** Every payload sent on the command topic so far, as UTF-8 text, the tap's own included. */
    public List<String> received() {
        return client != null ? client.received() : received;
    }

    /** Publishes {@code payload} on {@code topic} at QoS 1 and waits until the broker has taken it. */
    public void publish(final String topic, final String payload) {
        if (client != null) {
            client.publish(topic, payload);
            return;
        }
        try {
            Services.publishService().publish(Builders.publish().topic(topic).qos(Qos.AT_LEAST_ONCE)
                    .payload(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8))).build())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the publish on " + topic, e);
        }
    }

    @Override
    public void close() {
        open = false;
        if (client != null) {
            client.close();
        }
    }

    private static String text(final ByteBuffer buffer) {
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
