package vn.loa.agent.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.lifecycle.Mqtt3ClientConnectedContext;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.protocol.Topics;
import vn.loa.agent.protocol.WireFormat;

/**
 * The agent's only MQTT code (PROTOCOL.md, "Transport"): a persistent session ({@code cleanSession=false}, client id
 * {@code loa-rx-<receiverId>}), the client's own automatic reconnect, an offline last will, and command payloads
 * handed one at a time to a consumer, each PUBACKed only after the consumer returned (so a command is never lost
 * between the broker and the journal). Connection events go to a {@link LinkListener}. Nothing is published while
 * the link is down: the client would only queue it in memory; acks wait in the durable outbox instead.
 */
public final class MqttLink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MqttLink.class.getName());

    /** Keep-alive, seconds. */
    static final int KEEP_ALIVE_S = 30;
    /** Reconnect backoff bounds, seconds. */
    static final long RECONNECT_INITIAL_S = 1;
    static final long RECONNECT_MAX_S = 60;
    /** How long a clean shutdown waits for the offline status and the disconnect, seconds. */
    static final long CLOSE_TIMEOUT_S = 3;

    private final ReceiverId self;
    private final Mqtt3AsyncClient client;
    private final String endpoint;
    private final ExecutorService intake;
    private final LinkListener listener;
    private volatile boolean subscribedOnce;

    public MqttLink(final @NotNull AgentConfig config, final @NotNull LinkListener listener) {
        this.self = config.receiverId();
        this.listener = listener;
        this.endpoint = (config.brokerTls() ? "ssl://" : "tcp://") + config.brokerHost() + ":" + config.brokerPort();
        this.intake = Executors.newSingleThreadExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "loa-intake");
            thread.setDaemon(true);
            return thread;
        });
        Mqtt3ClientBuilder builder = Mqtt3Client.builder()
                .identifier("loa-rx-" + self.value())
                .serverHost(config.brokerHost())
                .serverPort(config.brokerPort())
                .automaticReconnect()
                .initialDelay(RECONNECT_INITIAL_S, TimeUnit.SECONDS)
                .maxDelay(RECONNECT_MAX_S, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(this::onConnected)
                .addDisconnectedListener(this::onDisconnected);
        if (config.brokerTls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (config.brokerUsername() != null) {
            builder = builder.simpleAuth()
                    .username(config.brokerUsername())
                    .password(config.brokerPassword() == null
                            ? new byte[0] : config.brokerPassword().getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        this.client = builder.buildAsync();
    }

    /**
     * Registers the consumer, then connects (in the background, retrying for ever). Messages the broker kept for
     * the session arrive right after the connect, before any subscribe, so the consumer is registered first.
     */
    public void start(final @NotNull Consumer<byte[]> commands) {
        client.publishes(MqttGlobalPublishFilter.ALL, publish -> {
            try {
                if (publish.getTopic().toString().equals(Topics.command(self))) {
                    commands.accept(publish.getPayloadAsBytes());
                } else {
                    LOG.fine(() -> "ignored message on " + publish.getTopic());
                }
            } finally {
                publish.acknowledge();
            }
        }, intake, true);
        LOG.info(() -> "connecting to " + endpoint + " as loa-rx-" + self);
        client.connectWith()
                .cleanSession(false)
                .keepAlive(KEEP_ALIVE_S)
                .willPublish()
                .topic(Topics.status(self))
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(WireFormat.status(ReceiverStatus.offline(self)))
                .applyWillPublish()
                .send()
                .whenComplete((connAck, error) -> {
                    if (error != null) {
                        LOG.warning(() -> "connect to " + endpoint + " failed, retrying: " + error.getMessage());
                    }
                });
    }

    /**
     * Publishes an ack payload (QoS 1), unless the link is down.
     *
     * @return completes on the PUBACK; failed at once if the link is down
     */
    public @NotNull CompletableFuture<?> publishAck(final byte @NotNull [] payload) {
        if (!client.getState().isConnected()) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
        }
        return client.publishWith()
                .topic(Topics.ack(self))
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload)
                .send();
    }

    /** Publishes the status (QoS 1, retained) if the link is up; a heartbeat missed while down is not queued. */
    public void publishStatus(final @NotNull ReceiverStatus status) {
        if (client.getState().isConnected()) {
            sendStatus(status);
        } else {
            LOG.fine("link down, status not published");
        }
    }

    /** Publishes a digest (QoS 1, not retained) if the link is up; the next connect publishes a fresh one anyway. */
    public void publishDigest(final @NotNull Digest digest) {
        if (!client.getState().isConnected()) {
            LOG.info("link down, digest not published");
            return;
        }
        client.publishWith()
                .topic(Topics.digest(self))
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(WireFormat.digest(digest))
                .send()
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.warning(() -> "digest not delivered: " + error.getMessage());
                    }
                });
    }

    private void onConnected(final MqttClientConnectedContext context) {
        final boolean sessionPresent = context instanceof Mqtt3ClientConnectedContext c
                && c.getConnAck().isSessionPresent();
        LOG.info(() -> "connected to " + endpoint + " sessionPresent=" + sessionPresent);
        listener.connected();
        // Subscribing again on a present session is harmless and covers a session the broker lost.
        client.subscribeWith()
                .topicFilter(Topics.command(self))
                .qos(MqttQos.AT_LEAST_ONCE)
                .send()
                .whenComplete((subAck, error) -> {
                    if (error != null) {
                        LOG.warning(() -> "subscribe to " + Topics.command(self) + " failed: " + error.getMessage());
                        return;
                    }
                    final boolean first = !subscribedOnce;
                    subscribedOnce = true;
                    if (!first) {
                        LOG.info(() -> "subscribed again to " + Topics.command(self));
                    }
                    listener.subscribed(first);
                });
    }

    private void onDisconnected(final MqttClientDisconnectedContext context) {
        listener.disconnected();
        if (context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        LOG.warning(() -> "disconnected from " + endpoint + " (" + context.getSource() + "): "
                + context.getCause().getMessage());
    }

    private CompletableFuture<?> sendStatus(final ReceiverStatus status) {
        return client.publishWith()
                .topic(Topics.status(self))
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(WireFormat.status(status))
                .send()
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.warning(() -> "status online=" + status.online() + " not delivered: " + error.getMessage());
                    }
                });
    }

    /** Publishes the offline status (the will is not sent on a clean disconnect), then disconnects. */
    @Override
    public void close() {
        try {
            if (client.getState().isConnected()) {
                sendStatus(ReceiverStatus.offline(self)).get(CLOSE_TIMEOUT_S, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warning(() -> "offline status not confirmed: " + e);
        }
        try {
            client.disconnect().get(CLOSE_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.fine(() -> "disconnect: " + e);
        }
        intake.shutdown();
        try {
            intake.awaitTermination(CLOSE_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(() -> "disconnected from " + endpoint);
    }
}
