package vn.loa.dispatch;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.loa.broadcast.CommandSender;
import vn.loa.broadcast.OutgoingCommand;
import vn.loa.control.ControlSender;
import vn.loa.control.OutgoingControl;
import vn.loa.receiver.ReceiverId;
import vn.loa.signing.ControllerKeys;

/**
 * The controller's MQTT connection: publishes commands (QoS 1) and consumes receivers' acks and status (QoS 1,
 * persistent session, so what receivers publish while the controller is away waits at the broker). Reconnects by
 * itself with the client's built-in backoff. Incoming messages go through an {@link InboundQueue}: handled in
 * batches on one thread, in order, off the network thread, and acknowledged to the broker only after they have been
 * handled.
 */
@ApplicationScoped
public class MqttGateway implements CommandSender, ControlSender {

    private static final Logger LOG = Logger.getLogger(MqttGateway.class);
    /** Wait before subscribing again after a refused or failed SUBSCRIBE, seconds. */
    private static final long RESUBSCRIBE_DELAY = 5;

    @Inject
    MqttConfig config;

    @Inject
    EmbeddedBroker embedded;

    @Inject
    ReceiverMessageHandler handler;

    @Inject
    ControllerKeys keys;

    /** Metrics (README, "Metrics"): broker connection, receivers' messages waiting, queue overloads. */
    @Inject
    MeterRegistry meters;

    private Mqtt3AsyncClient client;
    private ScheduledExecutorService inbound;
    private java.util.concurrent.ExecutorService receive;
    private InboundQueue<Mqtt3Publish> queue;
    private volatile boolean subscribed;

    void start(@Observes @Priority(20) final StartupEvent ignored) {
        inbound = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "loa-mqtt-resubscribe");
            t.setDaemon(true);
            return t;
        });
        receive = Executors.newSingleThreadExecutor(r -> {
            final Thread t = new Thread(r, "loa-mqtt-receive");
            t.setDaemon(true);
            return t;
        });
        queue = new InboundQueue<>("loa-mqtt-inbound", config.inboundQueue(), config.inboundBatch(),
                p -> new Inbound(p.getTopic().toString(), p.getPayloadAsBytes(), p.isRetain()),
                Mqtt3Publish::acknowledge, handler::handleBatch,
                meters.counter("loa.inbound.queue.full")::increment);
        Gauge.builder("loa.inbound.queue.waiting", this, g -> g.queue.waiting())
                .description("Receivers' messages taken from the broker and not yet stored").register(meters);
        Gauge.builder("loa.broker.connected", this, g -> g.connected() ? 1 : 0)
                .description("1 while the controller is connected to the MQTT broker, else 0").register(meters);
        final Counter lost = meters.counter("loa.broker.disconnects");
        Mqtt3ClientBuilder builder = MqttClient.builder()
                .useMqttVersion3()
                .identifier(config.clientId())
                .serverHost(host())
                .serverPort(port())
                .automaticReconnect().initialDelay(500, TimeUnit.MILLISECONDS).maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(ctx -> {
                    LOG.infof("connected to MQTT broker %s", brokerAddress());
                    subscribe();
                })
                .addDisconnectedListener(ctx -> {
                    subscribed = false;
                    lost.increment();
                    LOG.warnf("MQTT connection to %s lost: %s", brokerAddress(), ctx.getCause().getMessage());
                });
        if (!embedded.running() && config.tls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (embedded.running()) {
            builder = builder.simpleAuth().username(config.clientId())
                    .password(embedded.controllerPassword().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        } else if (config.username().isPresent()) {
            builder = builder.simpleAuth().username(config.username().get())
                    .password(config.password().orElse("").getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        client = builder.buildAsync();
        // ALL, not SUBSCRIBED: after a restart the broker delivers the queued acks of our persistent session right
        // after CONNACK, before this client has subscribed again; SUBSCRIBED would discard them.
        client.publishes(MqttGlobalPublishFilter.ALL, queue::offer, receive, true);
        client.connectWith().cleanSession(false).keepAlive(config.keepAlive()).send()
                .whenComplete((ack, error) -> {
                    if (error != null) {
                        LOG.warnf("MQTT broker %s not reachable yet (%s); retrying in the background",
                                brokerAddress(), error.getMessage());
                    }
                });
    }

    void stop(@Observes @Priority(10) final ShutdownEvent ignored) {
        if (client != null) {
            try {
                client.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debugf("MQTT disconnect: %s", e.toString());
            }
        }
        if (inbound != null) {
            inbound.shutdownNow();
        }
        if (receive != null) {
            receive.shutdownNow();
        }
        if (queue != null) {
            queue.stop();
        }
    }

    @Override
    public CompletionStage<Void> send(final OutgoingCommand command) {
        PlayCommandMessage unsigned = PlayCommandMessage.unsigned(command);
        final byte[] canonical;
        final byte[] quiet;
        final byte[] slot;
        try {
            canonical = unsigned.canonical().bytes();
            quiet = unsigned.quietHoursCanonical();
            slot = unsigned.slotCanonical();
        } catch (IllegalArgumentException e) {
            // a value with a line break or invalid Unicode is never signed (PROTOCOL.md 2.2, 4.4); only this one fails
            LOG.errorf("command %s to %s not signed: %s", command.commandId(), command.receiverId(), e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        final ControllerKeys.Signed s = keys.sign(canonical);
        if (quiet != null) {
            // the key that signs the command signs its part too (PROTOCOL.md 4.1e)
            unsigned = unsigned.withQuietHoursSig(keys.signWith(s.keyId(), quiet).sig());
        }
        if (slot != null) {
            // likewise the slot part (PROTOCOL.md 4.1f)
            unsigned = unsigned.withSlotSig(keys.signWith(s.keyId(), slot).sig());
        }
        return publish(command.receiverId(), unsigned.signed(s.keyId(), s.sig()).toJson());
    }

    @Override
    public CompletionStage<Void> send(final OutgoingControl command) {
        final ControlCommandMessage unsigned = ControlCommandMessage.unsigned(command);
        final byte[] canonical = unsigned.canonical().bytes();
        final ControllerKeys.Signed s = command.signingKeyId() == null ? keys.sign(canonical)
                : keys.signWith(command.signingKeyId(), canonical);
        return publish(command.receiverId(), unsigned.signed(s.keyId(), s.sig()).toJson());
    }

    private CompletionStage<Void> publish(final String receiverId, final byte[] payload) {
        if (!connected()) {
            // the client would queue it until reconnect; the dispatchers retry anyway, so fail fast instead
            return CompletableFuture.failedFuture(new IllegalStateException("not connected to the MQTT broker"));
        }
        return client.publishWith()
                .topic(Topics.command(ReceiverId.of(receiverId)))
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .send()
                .thenApply(p -> (Void) null);
    }

    /** The broker this controller talks to, as {@code host:port}: the embedded one or the configured one. */
    public String brokerAddress() {
        return host() + ":" + port();
    }

    public boolean connected() {
        return client != null && client.getState() == MqttClientState.CONNECTED;
    }

    /** Connected and subscribed to receivers' topics: acks can come in. */
    public boolean listening() {
        return connected() && subscribed;
    }

    private String host() {
        return embedded.running() ? "127.0.0.1" : config.host();
    }

    private int port() {
        return embedded.running() ? embedded.port() : config.port();
    }

    private void subscribe() {
        client.subscribeWith()
                .addSubscription().topicFilter(Topics.ALL_ACKS).qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                .addSubscription().topicFilter(Topics.ALL_STATUS).qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                .addSubscription().topicFilter(Topics.ALL_DIGESTS).qos(MqttQos.AT_LEAST_ONCE).applySubscription()
                .send()
                .whenComplete((subAck, error) -> {
                    if (error == null && !subAck.getReturnCodes().contains(Mqtt3SubAckReturnCode.FAILURE)) {
                        subscribed = true;
                        return;
                    }
                    LOG.errorf("broker refused the subscription to receiver topics (%s); retrying in %d s",
                            error != null ? error.getMessage() : subAck.getReturnCodes(), RESUBSCRIBE_DELAY);
                    inbound.schedule(() -> {
                        if (connected() && !subscribed) {
                            subscribe();
                        }
                    }, RESUBSCRIBE_DELAY, TimeUnit.SECONDS);
                });
    }
}
