package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.Agent;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.EmbeddedBroker;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.TestTone;

/** The agent in-process against a real (embedded) broker, a controller stub and an HTTP audio server. */
@Timeout(120)
class AgentBrokerIT {

    private static final Logger LOG = Logger.getLogger(AgentBrokerIT.class.getName());
    private static final int CLIP_MS = 2000;
    private static final AtomicInteger RECEIVERS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static EmbeddedBroker broker;
    private static AudioServer audioServer;
    private static ControllerStub controller;
    private static byte[] clip;
    private static String clipSha;
    private static String clipUrl;

    @TempDir
    Path cache;
    private String receiverId;
    private AgentConfig config;
    private Agent agent;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        broker = EmbeddedBroker.start(shared.resolve("broker"));
        audioServer = new AudioServer();
        controller = new ControllerStub(broker.port());
        clip = TestTone.mp3(CLIP_MS);
        clipSha = TestTone.sha256(clip);
        clipUrl = audioServer.put(clipSha + ".mp3", clip);
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        controller.close();
        audioServer.close();
        broker.close();
    }

    @BeforeEach
    void startAgent() throws Exception {
        receiverId = "rx-it-" + RECEIVERS.incrementAndGet();
        config = AgentConfig.from(new Properties(), Map.of(
                "LOA_RECEIVER_ID", receiverId,
                "LOA_BROKER_PORT", String.valueOf(broker.port()),
                "LOA_CONTROLLER_URL", audioServer.baseUrl().toString(),
                "LOA_CACHE_DIR", cache.toString(),
                "LOA_AUDIO_SINK", "realtime"));
        agent = startAndAwaitReady();
    }

    @AfterEach
    void stopAgent() {
        agent.stop();
    }

    private Agent startAndAwaitReady() throws Exception {
        final Agent started = Agent.start(config);
        assertTrue(started.awaitReady(Duration.ofSeconds(20)), "agent not ready");
        return started;
    }

    @Test
    void play_commandThreeSecondsAhead_acksInOrderAndStartsOnTime() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final String id = publishPlay(playAt, playAt.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                controller.states(id));
        final Duration error = startError(id, playAt);
        LOG.info("playAt->playing.at error " + error.toMillis() + " ms (playAt " + playAt + ")");
        assertTrue(error.abs().toMillis() < 100, "start error " + error);
        final long playedMs = Duration.between(controller.ack(id, AckState.PLAYING).at(),
                controller.ack(id, AckState.PLAYED).at()).toMillis();
        assertTrue(playedMs >= CLIP_MS - 50 && playedMs < CLIP_MS + 300, "played for " + playedMs + " ms");
    }

    @Test
    void play_expiredCommand_acksExpiredAndNeverPlays() {
        final Instant now = Instant.now();
        final String id = publishPlay(now.minusSeconds(120), now.minusSeconds(60));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.EXPIRED)));

        assertTrue(controller.ack(id, AckState.EXPIRED).detail().startsWith("expired: expiresAt "));
    }

    @Test
    void play_otherReceiversCommand_acksRejectedWrongReceiver() {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, command(id, "rx-someone-else", Instant.now().plusSeconds(3),
                Instant.now().plusSeconds(60)));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.REJECTED));

        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("wrong-receiver: "));
    }

    @Test
    void play_tamperedAudio_acksRejectedSha256MismatchAndNeverPlays() {
        final byte[] tampered = clip.clone();
        tampered[tampered.length / 2] ^= 0x55;
        final String sha = TestTone.sha256(clip);
        final String url = audioServer.put("tampered-" + sha + ".mp3", tampered);
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, Fixtures.toBytes(edit(command(id, receiverId,
                Instant.now().plusSeconds(3), Instant.now().plusSeconds(60)), url)));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.RECEIVED, AckState.REJECTED)));

        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("sha256-mismatch: "));
    }

    @Test
    void play_sameCommandIdTwice_playsOnceAndReAcksLastState() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final byte[] payload = command(UUID.randomUUID().toString(), receiverId, playAt, playAt.plusSeconds(60));
        final String id = idOf(payload);
        controller.publish(receiverId, payload);
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.RECEIVED));

        controller.publish(receiverId, payload);
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        controller.publish(receiverId, payload);
        await().atMost(Duration.ofSeconds(5)).until(() -> count(id, AckState.PLAYED) == 2);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> count(id, AckState.PLAYING) == 1);
        final List<Ack> played = controller.acks(id).stream().filter(a -> a.state() == AckState.PLAYED).toList();
        assertEquals(played.get(0).at(), played.get(1).at(), "the re-ack repeats the recorded instant");
    }

    @Test
    void play_afterMalformedMessages_subscriberStillWorks() {
        controller.publish(receiverId, "{not json".getBytes(StandardCharsets.UTF_8));
        final String halfId = UUID.randomUUID().toString();
        controller.publish(receiverId, ("{\"v\":1,\"type\":\"play\",\"commandId\":\"" + halfId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(halfId).contains(AckState.REJECTED));
        assertTrue(controller.ack(halfId, AckState.REJECTED).detail().startsWith("invalid-command: "));

        final Instant playAt = Instant.now().plusSeconds(3);
        final String id = publishPlay(playAt, playAt.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
    }

    @Test
    void restart_betweenDownloadAndPlayAt_stillPlaysOnTimeOnce() throws Exception {
        final Instant playAt = Instant.now().plusSeconds(6);
        final String id = publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.DOWNLOADED));

        agent.stop();
        agent = startAndAwaitReady();

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        final Duration error = startError(id, playAt);
        LOG.info("after restart: playAt->playing.at error " + error.toMillis() + " ms");
        assertTrue(error.abs().toMillis() < 100, "start error " + error);
        assertEquals(1, count(id, AckState.PLAYING));
        assertEquals(1, count(id, AckState.RECEIVED));
    }

    @Test
    void restart_commandSentWhileAgentDown_brokerKeepsItAndAgentPlaysIt() throws Exception {
        agent.stop();
        final Instant playAt = Instant.now().plusSeconds(4);
        final String id = publishPlay(playAt, playAt.plusSeconds(60));

        agent = startAndAwaitReady();

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        assertTrue(startError(id, playAt).abs().toMillis() < 100, "start error " + startError(id, playAt));
    }

    @Test
    void status_connectAndStop_retainedOnlineThenOffline() {
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.status(receiverId) != null
                && controller.status(receiverId).online());
        final ReceiverStatus online = controller.status(receiverId);
        assertEquals("loa-agent/" + Agent.version(), online.agent());

        agent.stop();

        await().atMost(Duration.ofSeconds(5)).until(() -> !controller.status(receiverId).online());
        assertFalse(controller.status(receiverId).online());
    }

    private String publishPlay(final Instant playAt, final Instant expiresAt) {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, command(id, receiverId, playAt, expiresAt));
        return id;
    }

    private static byte[] command(final String id, final String receiver, final Instant playAt,
            final Instant expiresAt) {
        return Fixtures.playCommand(n -> {
            n.put("commandId", id);
            n.put("receiverId", receiver);
            n.put("playAt", playAt.toString());
            n.put("expiresAt", expiresAt.toString());
            final ObjectNode audio = (ObjectNode) n.get("audio");
            audio.put("url", clipUrl);
            audio.put("sha256", clipSha);
            audio.put("bytes", clip.length);
            audio.put("durationMs", CLIP_MS);
        });
    }

    private static ObjectNode edit(final byte[] command, final String url) {
        final ObjectNode node = Fixtures.json("play-command.json");
        try {
            node.setAll((ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(command));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ((ObjectNode) node.get("audio")).put("url", url);
        return node;
    }

    private static String idOf(final byte[] command) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(command).get("commandId").textValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(final String id, final AckState state) {
        return controller.states(id).stream().filter(s -> s == state).count();
    }

    private static Duration startError(final String id, final Instant playAt) {
        return Duration.between(playAt, controller.ack(id, AckState.PLAYING).at().toInstant());
    }
}
