package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.CountingSinks;
import vn.loa.agent.support.EmbeddedBroker;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;

/**
 * The agent in-process against a real (embedded) broker, a controller stub and an HTTP audio server. Commands are
 * signed with the TEST key the agent trusts; the {@code attack_} tests each assert that nothing plays.
 */
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
    private final CountingSinks sinks = new CountingSinks();
    /** The controller's sequence numbers for this test's receiver. */
    private final AtomicLong seq = new AtomicLong();

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
                "LOA_AUDIO_SINK", "realtime",
                "LOA_CONTROLLER_PUBLIC_KEY", Signer.CURRENT.publicKey()));
        agent = startAndAwaitReady();
    }

    @AfterEach
    void stopAgent() {
        agent.stop();
    }

    private Agent startAndAwaitReady() throws Exception {
        final Agent started = Agent.start(config, Clock.systemDefaultZone(), sinks);
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
    void attack_validlySignedForAnotherReceiver_rejectedWrongReceiverAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, Signer.CURRENT.sign(command(id, "rx-someone-else", Instant.now().plusSeconds(1),
                Instant.now().plusSeconds(60))));

        assertRejectedAndNothingPlays(id, "wrong-receiver");
    }

    @Test
    void attack_tamperedAudio_rejectedSha256MismatchAndNothingPlays() {
        final byte[] tampered = clip.clone();
        tampered[tampered.length / 2] ^= 0x55;
        final String sha = TestTone.sha256(clip);
        final String url = audioServer.put("tampered-" + sha + ".mp3", tampered);
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = command(id, receiverId, Instant.now().plusSeconds(2), Instant.now().plusSeconds(60));
        ((ObjectNode) command.get("audio")).put("url", url);
        controller.publish(receiverId, Signer.CURRENT.sign(command));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.RECEIVED, AckState.REJECTED)));

        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("sha256-mismatch: "));
        assertEquals(0, sinks.bytes());
    }

    @Test
    void attack_sameSignedCommandAgainAfterItPlayed_rejectedReplayedIdAndPlayedOnce() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final byte[] payload = signed(UUID.randomUUID().toString(), playAt, playAt.plusSeconds(60));
        final String id = idOf(payload);
        controller.publish(receiverId, payload);
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        final long played = sinks.bytes();

        controller.publish(receiverId, payload);

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.REJECTED));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> count(id, AckState.PLAYING) == 1);
        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("replayed-id: already played at "),
                controller.ack(id, AckState.REJECTED).detail());
        assertEquals(played, sinks.bytes());
    }

    @Test
    void attack_signedByAnotherKeyUnderTheTrustedKeyId_rejectedBadSignatureAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, Signer.forger(Signer.CURRENT.keyId()).sign(
                command(id, receiverId, Instant.now().plusSeconds(1), Instant.now().plusSeconds(60))));

        assertRejectedAndNothingPlays(id, "bad-signature");
    }

    @Test
    void attack_unsigned_rejectedUnsignedAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = command(id, receiverId, Instant.now().plusSeconds(1), Instant.now().plusSeconds(60));
        command.remove("sig");
        command.remove("keyId");
        controller.publish(receiverId, Fixtures.toBytes(command));

        assertRejectedAndNothingPlays(id, "unsigned");
    }

    @Test
    void attack_signedByAnUnknownKey_rejectedUnknownKeyAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, Signer.NEXT.sign(
                command(id, receiverId, Instant.now().plusSeconds(1), Instant.now().plusSeconds(60))));

        assertRejectedAndNothingPlays(id, "unknown-key");
    }

    @Test
    void attack_playAtChangedAfterSigning_rejectedBadSignatureAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = command(id, receiverId, Instant.now().plusSeconds(600), Instant.now().plusSeconds(900));
        Signer.CURRENT.sign(command);
        command.put("playAt", Instant.now().plusSeconds(1).toString());
        controller.publish(receiverId, Fixtures.toBytes(command));

        assertRejectedAndNothingPlays(id, "bad-signature");
    }

    @Test
    void attack_oldSequence_belowTheWindowOrAlreadyUsed_rejectedOldSequenceAndNothingPlays() {
        final String high = UUID.randomUUID().toString();
        controller.publish(receiverId, stop(high, 100, Signer.CURRENT));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(high).contains(AckState.RECEIVED));
        final String belowWindow = UUID.randomUUID().toString();
        final String used = UUID.randomUUID().toString();
        final Instant playAt = Instant.now().plusSeconds(1);

        controller.publish(receiverId, Signer.CURRENT.sign(seq(command(belowWindow, receiverId, playAt,
                playAt.plusSeconds(60)), 100 - 64)));
        controller.publish(receiverId, Signer.CURRENT.sign(seq(command(used, receiverId, playAt,
                playAt.plusSeconds(60)), 100)));

        assertRejectedAndNothingPlays(belowWindow, "old-sequence");
        assertRejectedAndNothingPlays(used, "old-sequence");
    }

    @Test
    void attack_expiredCommand_expiredAndNothingPlays() {
        final Instant now = Instant.now();
        final String id = publishPlay(now.minusSeconds(120), now.minusSeconds(60));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.EXPIRED)));
        assertTrue(controller.ack(id, AckState.EXPIRED).detail().startsWith("expired: "));
        assertEquals(0, sinks.bytes());
    }

    @Test
    void stop_signedByAnUnknownKey_rejectedAndPlaybackContinuesToPlayed() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String play = publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYING));
        final String stop = UUID.randomUUID().toString();

        controller.publish(receiverId, stop(stop, seq.incrementAndGet(), Signer.NEXT));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.REJECTED), controller.states(stop));
        assertTrue(controller.ack(stop, AckState.REJECTED).detail().startsWith("unknown-key: "));
        final long playedMs = Duration.between(controller.ack(play, AckState.PLAYING).at(),
                controller.ack(play, AckState.PLAYED).at()).toMillis();
        assertTrue(playedMs >= CLIP_MS - 50, "played for " + playedMs + " ms");
    }

    @Test
    void stop_validSignature_silencesAtOnceCancelsThePlayAndAcksTheStopReceived() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String play = publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYING));
        final String stop = UUID.randomUUID().toString();

        controller.publish(receiverId, stop(stop, seq.incrementAndGet(), Signer.CURRENT));

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED)
                && controller.states(stop).contains(AckState.RECEIVED));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.CANCELED),
                controller.states(play));
        assertEquals(List.of(AckState.RECEIVED), controller.states(stop));
        final Ack canceled = controller.ack(play, AckState.CANCELED);
        assertEquals("stopped: stop command " + stop, canceled.detail());
        final long playedMs = Duration.between(controller.ack(play, AckState.PLAYING).at(), canceled.at()).toMillis();
        assertTrue(playedMs < CLIP_MS - 300, "ended early, after " + playedMs + " ms");
        final long lastWriteAfterCancelMs = Duration.between(canceled.at().toInstant(), sinks.lastWrite()).toMillis();
        assertTrue(lastWriteAfterCancelMs <= 5, "audio written " + lastWriteAfterCancelMs + " ms after it stopped");
        assertTrue(sinks.bytes() < clipPcmBytes(), "not the whole clip");
    }

    @Test
    void stop_whilePlayWaitsForPlayAt_acksReceivedAndThePlayStillPlays() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final String play = publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.RECEIVED));
        final String stop = UUID.randomUUID().toString();

        controller.publish(receiverId, stop(stop, seq.incrementAndGet(), Signer.CURRENT));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(play).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.RECEIVED), controller.states(stop));
        assertFalse(controller.states(play).contains(AckState.CANCELED));
    }

    @Test
    void rotateKey_thenOldKeyRejectedUnknownKeyAndNewKeyPlays() {
        rotateToNextKey();
        final String old = UUID.randomUUID().toString();
        final String next = UUID.randomUUID().toString();
        final Instant playAt = Instant.now().plusSeconds(2);

        controller.publish(receiverId, Signer.CURRENT.sign(command(old, receiverId, playAt, playAt.plusSeconds(60))));
        controller.publish(receiverId, Signer.NEXT.sign(command(next, receiverId, playAt, playAt.plusSeconds(60))));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(old).contains(AckState.REJECTED));
        assertEquals(List.of(AckState.REJECTED), controller.states(old));
        assertTrue(controller.ack(old, AckState.REJECTED).detail().startsWith("unknown-key: "));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(next).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.REJECTED), controller.states(old));
    }

    @Test
    void restart_afterRotationAndCommands_trustedKeyAndSequenceSurvive() throws Exception {
        rotateToNextKey();
        final String used = UUID.randomUUID().toString();
        controller.publish(receiverId, stop(used, 50, Signer.NEXT));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(used).contains(AckState.RECEIVED));

        agent.stop();
        agent = startAndAwaitReady();

        final String oldKey = UUID.randomUUID().toString();
        final String reusedSeq = UUID.randomUUID().toString();
        final String fresh = UUID.randomUUID().toString();
        controller.publish(receiverId, stop(oldKey, 51, Signer.CURRENT));
        controller.publish(receiverId, stop(reusedSeq, 50, Signer.NEXT));
        assertRejectedAndNothingPlays(oldKey, "unknown-key");
        assertRejectedAndNothingPlays(reusedSeq, "old-sequence");

        final Instant playAt = Instant.now().plusSeconds(2);
        controller.publish(receiverId, Signer.NEXT.sign(seq(command(fresh, receiverId, playAt, playAt.plusSeconds(60)),
                52)));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(fresh).contains(AckState.PLAYED));
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
    void report_afterOnePlayedAndOnePending_digestListsBothWithStatesNewestFirst() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String played = publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(played).contains(AckState.PLAYED));
        final Instant later = Instant.now().plusSeconds(600);
        final String pending = publishPlay(later, later.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(pending).contains(AckState.DOWNLOADED));
        final String report = UUID.randomUUID().toString();
        final ObjectNode n = Fixtures.json("report-command.json");
        n.put("commandId", report);
        n.put("receiverId", receiverId);
        n.put("seq", seq.incrementAndGet());
        n.put("expiresAt", Instant.now().plusSeconds(60).toString());

        controller.publish(receiverId, Signer.CURRENT.sign(n));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.digests(receiverId).stream()
                .anyMatch(d -> d.commands().stream().anyMatch(e -> e.commandId().value().equals(report))));
        assertEquals(List.of(AckState.RECEIVED), controller.states(report));
        final Digest digest = controller.digests(receiverId).get(controller.digests(receiverId).size() - 1);
        assertEquals(List.of(report, pending, played),
                digest.commands().stream().map(e -> e.commandId().value()).toList());
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYED),
                digest.commands().stream().map(Digest.Entry::state).toList());
        assertEquals(seq.get(), digest.commands().get(0).seq());
        assertEquals(controller.ack(played, AckState.PLAYED).at(), digest.commands().get(2).at());
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
        controller.publish(receiverId, signed(id, playAt, expiresAt));
        return id;
    }

    /** A play command for this receiver with the next seq, signed with the TEST key. */
    private byte[] signed(final String id, final Instant playAt, final Instant expiresAt) {
        return Signer.CURRENT.sign(command(id, receiverId, playAt, expiresAt));
    }

    /** The example play command for the test clip, with the next seq; not signed yet. */
    private ObjectNode command(final String id, final String receiver, final Instant playAt,
            final Instant expiresAt) {
        final ObjectNode n = Fixtures.json("play-command.json");
        n.put("commandId", id);
        n.put("receiverId", receiver);
        n.put("seq", seq.incrementAndGet());
        n.put("playAt", playAt.toString());
        n.put("expiresAt", expiresAt.toString());
        final ObjectNode audio = (ObjectNode) n.get("audio");
        audio.put("url", clipUrl);
        audio.put("sha256", clipSha);
        audio.put("bytes", clip.length);
        audio.put("durationMs", CLIP_MS);
        return n;
    }

    private static ObjectNode seq(final ObjectNode command, final long seq) {
        return command.put("seq", seq);
    }

    private byte[] stop(final String id, final long seq, final Signer signer) {
        final ObjectNode n = Fixtures.json("stop-command.json");
        n.put("commandId", id);
        n.put("receiverId", receiverId);
        n.put("seq", seq);
        n.put("issuedAt", Instant.now().toString());
        n.put("expiresAt", Instant.now().plusSeconds(60).toString());
        return signer.sign(n);
    }

    private void rotateToNextKey() {
        final ObjectNode n = Fixtures.json("rotate-key-command.json");
        final String id = UUID.randomUUID().toString();
        n.put("commandId", id);
        n.put("receiverId", receiverId);
        n.put("seq", seq.incrementAndGet());
        n.put("expiresAt", Instant.now().plusSeconds(60).toString());
        controller.publish(receiverId, Signer.CURRENT.sign(n));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.RECEIVED));
    }

    /** Rejected with {@code code}, only that, and no audio ever reaches the sink. */
    private void assertRejectedAndNothingPlays(final String id, final String code) {
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.REJECTED));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> controller.states(id).equals(List.of(AckState.REJECTED)));
        final String detail = controller.ack(id, AckState.REJECTED).detail();
        LOG.info(() -> "commandId=" + id + " rejected: " + detail);
        assertTrue(detail.startsWith(code + ": "), detail);
        assertEquals(0, sinks.bytes(), "audio reached the sink");
    }

    private static long clipPcmBytes() {
        return 2L * TestTone.SAMPLE_RATE * CLIP_MS / 1000;
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
