package vn.loa.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One simulated receiver: its own MQTT connection (client id {@code loa-rx-<id>}, its own username and secret, clean
 * session off, a retained offline will), subscribed to its command topic. Each command is checked as the reference
 * agent checks it (PROTOCOL.md 7: type, fields, signature, receiver, replay, sequence, expiry), then acked along the
 * normal path {@code received → downloaded → playing → played} with the fleet's delays, jitter and loss. It plays
 * nothing: {@code playing} is sent at {@code playAt} (or at once when late), {@code played} after
 * {@code audio.durationMs}; plays never overlap. Not kept across restarts (no journal, no outbox).
 */
final class SimulatedReceiver {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Set<String> UNVERIFIED = Set.of("invalid-command", "unknown-type", "unsigned",
            "unknown-key", "bad-signature");

    private final Fleet fleet;
    final String id;
    private final Mqtt3AsyncClient client;
    /** Commands known (verified and accepted), by id, with their last state. */
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final Set<Long> usedSeqs = ConcurrentHashMap.newKeySet();
    /** The play that sounds now, if any (its command id), for stop. */
    private volatile String playingNow;
    /** When the loudspeaker is free again (plays never overlap). */
    private Instant freeAt = Instant.EPOCH;

    SimulatedReceiver(final Fleet fleet, final String id, final String secret) {
        this.fleet = fleet;
        this.id = id;
        final Fleet.Options o = fleet.options;
        client = MqttClient.builder().useMqttVersion3().identifier("loa-rx-" + id)
                .serverHost(o.brokerHost()).serverPort(o.brokerPort())
                .simpleAuth().username(id).password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .willPublish().topic(topic("status")).qos(MqttQos.AT_LEAST_ONCE).retain(true)
                .payload(("{\"v\":1,\"receiverId\":\"" + id + "\",\"online\":false}").getBytes(StandardCharsets.UTF_8))
                .applyWillPublish()
                .automaticReconnectWithDefaultConfig()
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.ALL, p -> onCommand(p.getPayloadAsBytes()));
    }

    private String topic(final String leaf) {
        return "loa/v1/rx/" + id + "/" + leaf;
    }

    /** Connects, subscribes to its command topic and says it is online; completes when all three are done. */
    CompletableFuture<Void> connect() {
        return client.connectWith().cleanSession(false).keepAlive(30).send()
                .thenCompose(ack -> client.subscribeWith().topicFilter(topic("cmd")).qos(MqttQos.AT_LEAST_ONCE).send())
                .thenCompose(sub -> {
                    final ObjectNode s = Fleet.JSON.createObjectNode().put("v", 1).put("receiverId", id)
                            .put("online", true).put("at", now()).put("agent", "loa-sim/0.1.0");
                    return client.publishWith().topic(topic("status")).qos(MqttQos.AT_LEAST_ONCE).retain(true)
                            .payload(s.toString().getBytes(StandardCharsets.UTF_8)).send();
                })
                .thenApply(x -> null);
    }

    CompletableFuture<Void> disconnect() {
        if (!client.getState().isConnected()) {
            return CompletableFuture.completedFuture(null);
        }
        return client.publishWith().topic(topic("status")).qos(MqttQos.AT_LEAST_ONCE).retain(true)
                .payload(("{\"v\":1,\"receiverId\":\"" + id + "\",\"online\":false}").getBytes(StandardCharsets.UTF_8))
                .send().thenCompose(x -> client.disconnect()).exceptionally(e -> null);
    }

    private void onCommand(final byte[] payload) {
        final JsonNode command;
        try {
            command = SignedCommand.read(payload, id, fleet.keyId(), fleet.publicKey());
        } catch (SignedCommand.Refused r) {
            fleet.stats.refused(r.code);
            if (r.commandId != null) { // without a readable commandId the agent only logs
                ack(r.commandId, "rejected", r.getMessage(), !UNVERIFIED.contains(r.code));
            }
            return;
        }
        final String commandId = command.path("commandId").asText();
        if (known.putIfAbsent(commandId, "received") != null) {
            ack(commandId, "rejected", "replayed-id: already " + known.get(commandId), true);
            return;
        }
        if (!usedSeqs.add(command.path("seq").asLong())) {
            ack(commandId, "rejected", "old-sequence: seq " + command.path("seq").asLong() + " already used", true);
            return;
        }
        final Instant expiresAt = Instant.parse(command.path("expiresAt").asText());
        if (Instant.now().isAfter(expiresAt)) {
            ack(commandId, "expired", "expired: expiresAt " + command.path("expiresAt").asText() + " has passed", true);
            return;
        }
        switch (command.path("type").asText()) {
            case "play" -> play(command, commandId, expiresAt);
            case "stop" -> {
                final String interrupted = playingNow;
                if (interrupted != null && known.replace(interrupted, "playing", "canceled")) {
                    ack(interrupted, "canceled", "stopped: stop command " + commandId, true);
                }
                ack(commandId, "received", null, true);
            }
            case "cancel" -> {
                final String target = command.path("targetCommandId").asText();
                final String state = known.get(target);
                if (state != null && !isFinal(state) && known.replace(target, state, "canceled")) {
                    ack(target, "canceled", "canceled: withdrawn by cancel command " + commandId, true);
                }
                ack(commandId, "received", null, true);
            }
            default -> ack(commandId, "received", null, true); // report, rotate-key: applied (no digest, no key change)
        }
    }

    private static boolean isFinal(final String state) {
        return !Set.of("received", "downloaded", "playing").contains(state);
    }

    private void play(final JsonNode command, final String commandId, final Instant expiresAt) {
        final long broadcastId = command.path("broadcastId").asLong();
        fleet.stats.commandReceived(broadcastId);
        final Instant playAt = Instant.parse(command.path("playAt").asText());
        final long durationMs = command.path("audio").path("durationMs").asLong();
        later(fleet.options.ackDelayMs(), () -> {
            ack(commandId, "received", null, true);
            final CompletableFuture<String> audio = fleet.download(command.path("audio"));
            audio.whenComplete((problem, e) -> later(fleet.options.downloadDelayMs(), () -> {
                final String failure = e != null ? "download-failed: " + e.getMessage() : problem;
                if (failure != null) {
                    final String state = failure.startsWith("sha256-mismatch") ? "rejected" : "failed";
                    if (known.replace(commandId, "received", state)) {
                        ack(commandId, state, failure, true);
                    }
                    return;
                }
                if (known.replace(commandId, "received", "downloaded")) {
                    ack(commandId, "downloaded", null, true);
                    schedulePlay(commandId, broadcastId, playAt, expiresAt, durationMs);
                }
            }));
        });
    }

    private synchronized void schedulePlay(final String commandId, final long broadcastId, final Instant playAt,
            final Instant expiresAt, final long durationMs) {
        final Instant start = playAt.isAfter(freeAt) ? playAt : freeAt;
        freeAt = start.plusMillis(durationMs);
        final long wait = Math.max(0, Instant.now().until(start, ChronoUnit.MILLIS));
        fleet.scheduler.schedule(() -> {
            if (Instant.now().isAfter(expiresAt)) {
                if (known.replace(commandId, "downloaded", "expired")) {
                    ack(commandId, "expired", "expired: expiresAt passed while waiting", true);
                }
                return;
            }
            if (!known.replace(commandId, "downloaded", "playing")) {
                return; // canceled meanwhile
            }
            playingNow = commandId;
            fleet.stats.playing(broadcastId);
            ack(commandId, "playing", null, true);
            fleet.scheduler.schedule(() -> {
                if (known.replace(commandId, "playing", "played")) {
                    playingNow = null;
                    ack(commandId, "played", null, true);
                }
            }, durationMs, TimeUnit.MILLISECONDS);
        }, wait, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} after {@code delayMs} plus the fleet's jitter. */
    private void later(final long delayMs, final Runnable task) {
        final long jitter = fleet.options.jitterMs() <= 0 ? 0
                : java.util.concurrent.ThreadLocalRandom.current().nextLong(fleet.options.jitterMs() + 1);
        if (delayMs + jitter == 0) {
            task.run();
        } else {
            fleet.scheduler.schedule(task, delayMs + jitter, TimeUnit.MILLISECONDS);
        }
    }

    /** Publishes an ack, unless the fleet's loss rate drops it (an ack lost for good, as over a broken uplink). */
    private void ack(final String commandId, final String state, final String detail, final boolean verified) {
        if (fleet.lose()) {
            fleet.stats.lost(state);
            return;
        }
        final ObjectNode a = Fleet.JSON.createObjectNode().put("v", 1).put("commandId", commandId)
                .put("receiverId", id).put("state", state).put("at", now()).put("detail", detail);
        if (!verified) {
            a.put("verified", false);
        }
        fleet.stats.acked(state);
        client.publishWith().topic(topic("ack")).qos(MqttQos.AT_LEAST_ONCE)
                .payload(a.toString().getBytes(StandardCharsets.UTF_8)).send();
    }

    private static String now() {
        return AT.format(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }
}
