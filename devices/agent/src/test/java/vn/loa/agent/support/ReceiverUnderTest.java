package vn.loa.agent.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import vn.loa.agent.Agent;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.protocol.AckState;

/**
 * One test's receiver on a {@link BrokerTestRig}: the agent (restartable on the same cache), the sinks it writes to,
 * and the controller's side of its commands (next {@code seq}, building and signing them). Close it in
 * {@code @AfterEach}.
 */
public final class ReceiverUnderTest implements AutoCloseable {

    private static final java.util.Set<String> UNVERIFIED =
            java.util.Set.of("invalid-command", "unknown-type", "unsigned", "unknown-key", "bad-signature");
    private static final Logger LOG = Logger.getLogger(ReceiverUnderTest.class.getName());

    private final BrokerTestRig rig;
    private final ControllerStub controller;
    private final String id;
    private final AgentConfig config;
    private final CountingSinks sinks = new CountingSinks();
    /** The controller's sequence numbers for this receiver. */
    private final AtomicLong seq = new AtomicLong();
    private Agent agent;

    private ReceiverUnderTest(final BrokerTestRig rig, final String id, final Path cache) {
        this.rig = rig;
        this.controller = rig.controller();
        this.id = id;
        this.config = rig.config(id, cache, Map.of());
    }

    /** Starts an agent for receiver {@code id} with its cache in {@code cache} and waits until it is ready. */
    public static ReceiverUnderTest start(final BrokerTestRig rig, final String id, final Path cache)
            throws Exception {
        final ReceiverUnderTest receiver = new ReceiverUnderTest(rig, id, cache);
        receiver.startAgent();
        return receiver;
    }

    /** The receiver id. */
    public String id() {
        return id;
    }

    public CountingSinks sinks() {
        return sinks;
    }

    /** Starts a new agent on the same config and cache (after {@link #stopAgent()}) and waits until it is ready. */
    public void startAgent() throws Exception {
        agent = BrokerTestRig.startAgent(config, sinks);
    }

    /** Stops the current agent; idempotent. */
    public void stopAgent() {
        agent.stop();
    }

    public long nextSeq() {
        return seq.incrementAndGet();
    }

    /** The last seq handed out. */
    public long lastSeq() {
        return seq.get();
    }

    /** Publishes {@code payload} on this receiver's command topic. */
    public void publish(final byte[] payload) {
        controller.publish(id, payload);
    }

    /** Publishes a signed play command of the clip with the next seq; returns its commandId. */
    public String publishPlay(final Instant playAt, final Instant expiresAt) {
        final String commandId = UUID.randomUUID().toString();
        publish(signed(commandId, playAt, expiresAt));
        return commandId;
    }

    /** A play command for this receiver with the next seq, signed with the TEST key. */
    public byte[] signed(final String commandId, final Instant playAt, final Instant expiresAt) {
        return Signer.CURRENT.sign(command(commandId, id, playAt, expiresAt));
    }

    /** The example play command for the test clip, with the next seq; not signed yet. */
    public ObjectNode command(final String commandId, final String receiver, final Instant playAt,
            final Instant expiresAt) {
        final ObjectNode n = Fixtures.json("play-command.json");
        n.put("commandId", commandId);
        n.put("receiverId", receiver);
        n.put("seq", seq.incrementAndGet());
        n.put("playAt", Fixtures.instant(playAt));
        n.put("expiresAt", Fixtures.instant(expiresAt));
        final ObjectNode audio = (ObjectNode) n.get("audio");
        audio.put("url", rig.clipUrl());
        audio.put("sha256", rig.clipSha());
        audio.put("bytes", rig.clip().length);
        audio.put("durationMs", BrokerTestRig.CLIP_MS);
        return n;
    }

    /** {@code command} with its seq overwritten. */
    public static ObjectNode withSeq(final ObjectNode command, final long seq) {
        return command.put("seq", seq);
    }

    /** A stop command for this receiver with the given seq, signed by {@code signer}. */
    public byte[] stop(final String commandId, final long stopSeq, final Signer signer) {
        final ObjectNode n = Fixtures.json("stop-command.json");
        n.put("commandId", commandId);
        n.put("receiverId", id);
        n.put("seq", stopSeq);
        n.put("issuedAt", Fixtures.instant(Instant.now()));
        n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        return signer.sign(n);
    }

    /** A cancel command for this receiver withdrawing {@code targetCommandId}, signed by {@code signer}. */
    public byte[] cancel(final String commandId, final long cancelSeq, final String targetCommandId,
            final Signer signer) {
        final ObjectNode n = Fixtures.json("cancel-command.json");
        n.put("commandId", commandId);
        n.put("receiverId", id);
        n.put("seq", cancelSeq);
        n.put("issuedAt", Fixtures.instant(Instant.now()));
        n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        n.put("targetCommandId", targetCommandId);
        return signer.sign(n);
    }

    /** Sends the example rotate-key command (TEST key to NEXT key) and waits until it is received. */
    public void rotateToNextKey() {
        final ObjectNode n = Fixtures.json("rotate-key-command.json");
        final String commandId = UUID.randomUUID().toString();
        n.put("commandId", commandId);
        n.put("receiverId", id);
        n.put("seq", seq.incrementAndGet());
        n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        publish(Signer.CURRENT.sign(n));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(commandId).contains(AckState.RECEIVED));
    }

    /** Rejected with {@code code}, only that, and no audio ever reaches the sink. */
    public void assertRejectedAndNothingPlays(final String commandId, final String code) {
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(commandId).contains(AckState.REJECTED));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> controller.states(commandId).equals(List.of(AckState.REJECTED)));
        final String detail = controller.ack(commandId, AckState.REJECTED).detail();
        LOG.info(() -> "commandId=" + commandId + " rejected: " + detail);
        assertTrue(detail.startsWith(code + ": "), detail);
        // refusals before the signature verified are flagged so (PROTOCOL.md 4.2)
        assertEquals(!UNVERIFIED.contains(code), controller.ack(commandId, AckState.REJECTED).verified(), detail);
        assertEquals(0, sinks.bytes(), "audio reached the sink");
    }

    /** How many acks of {@code state} the controller received for {@code commandId}. */
    public long count(final String commandId, final AckState state) {
        return controller.states(commandId).stream().filter(s -> s == state).count();
    }

    /** From {@code playAt} to the {@code playing} ack's time: negative when it started early. */
    public Duration startError(final String commandId, final Instant playAt) {
        return Duration.between(playAt, controller.ack(commandId, AckState.PLAYING).at().toInstant());
    }

    @Override
    public void close() {
        stopAgent();
    }
}
