package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.support.BrokerTestRig.CLIP_MS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.ReceiverUnderTest;
import vn.loa.agent.support.Signer;

/**
 * The play path: the agent in-process against a real (embedded) broker, a controller stub and an HTTP audio server,
 * with commands signed with the TEST key the agent trusts. Plays, stops, restarts and the online status. Attacks are
 * in {@link AttackIT}, the report command and its digest in {@link DigestIT}.
 */
@Timeout(120)
class AgentBrokerIT {

    private static final Logger LOG = Logger.getLogger(AgentBrokerIT.class.getName());
    private static final AtomicInteger RECEIVERS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static BrokerTestRig rig;
    private static ControllerStub controller;

    @TempDir
    Path cache;
    private ReceiverUnderTest rx;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        rig = BrokerTestRig.start(shared.resolve("broker"));
        controller = rig.controller();
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        rig.close();
    }

    @BeforeEach
    void startAgent() throws Exception {
        rx = ReceiverUnderTest.start(rig, "rx-it-" + RECEIVERS.incrementAndGet(), cache);
    }

    @AfterEach
    void stopAgent() {
        rx.close();
    }

    @Test
    void play_commandThreeSecondsAhead_acksInOrderAndStartsOnTime() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final String id = rx.publishPlay(playAt, playAt.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));

        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                controller.states(id));
        final Duration error = rx.startError(id, playAt);
        LOG.info("playAt->playing.at error " + error.toMillis() + " ms (playAt " + playAt + ")");
        assertTrue(error.abs().toMillis() < 100, "start error " + error);
        final long playedMs = Duration.between(controller.ack(id, AckState.PLAYING).at(),
                controller.ack(id, AckState.PLAYED).at()).toMillis();
        assertTrue(playedMs >= CLIP_MS - 50 && playedMs < CLIP_MS + 300, "played for " + playedMs + " ms");
    }

    @Test
    void stop_validSignature_silencesAtOnceCancelsThePlayAndAcksTheStopReceived() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYING));
        final String stop = UUID.randomUUID().toString();

        rx.publish(rx.stop(stop, rx.nextSeq(), Signer.CURRENT));

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED)
                && controller.states(stop).contains(AckState.RECEIVED));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.CANCELED),
                controller.states(play));
        assertEquals(List.of(AckState.RECEIVED), controller.states(stop));
        final Ack canceled = controller.ack(play, AckState.CANCELED);
        assertEquals("stopped: stop command " + stop, canceled.detail());
        final long playedMs = Duration.between(controller.ack(play, AckState.PLAYING).at(), canceled.at()).toMillis();
        assertTrue(playedMs < CLIP_MS - 300, "ended early, after " + playedMs + " ms");
        final long lastWriteAfterCancelMs = Duration.between(canceled.at().toInstant(), rx.sinks().lastWrite())
                .toMillis();
        assertTrue(lastWriteAfterCancelMs <= 5, "audio written " + lastWriteAfterCancelMs + " ms after it stopped");
        assertTrue(rx.sinks().bytes() < BrokerTestRig.clipPcmBytes(), "not the whole clip");
    }

    @Test
    void stop_whilePlayWaitsForPlayAt_acksReceivedAndThePlayStillPlays() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.RECEIVED));
        final String stop = UUID.randomUUID().toString();

        rx.publish(rx.stop(stop, rx.nextSeq(), Signer.CURRENT));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(play).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.RECEIVED), controller.states(stop));
        assertFalse(controller.states(play).contains(AckState.CANCELED));
    }

    @Test
    void play_afterMalformedMessages_subscriberStillWorks() {
        rx.publish("{not json".getBytes(StandardCharsets.UTF_8));
        final String halfId = UUID.randomUUID().toString();
        rx.publish(("{\"v\":1,\"type\":\"play\",\"commandId\":\"" + halfId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(halfId).contains(AckState.REJECTED));
        assertTrue(controller.ack(halfId, AckState.REJECTED).detail().startsWith("invalid-command: "));

        final Instant playAt = Instant.now().plusSeconds(3);
        final String id = rx.publishPlay(playAt, playAt.plusSeconds(60));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
    }

    @Test
    void restart_betweenDownloadAndPlayAt_stillPlaysOnTimeOnce() throws Exception {
        final Instant playAt = Instant.now().plusSeconds(6);
        final String id = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.DOWNLOADED));

        rx.stopAgent();
        rx.startAgent();

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        final Duration error = rx.startError(id, playAt);
        LOG.info("after restart: playAt->playing.at error " + error.toMillis() + " ms");
        assertTrue(error.abs().toMillis() < 100, "start error " + error);
        assertEquals(1, rx.count(id, AckState.PLAYING));
        assertEquals(1, rx.count(id, AckState.RECEIVED));
    }

    @Test
    void restart_commandSentWhileAgentDown_brokerKeepsItAndAgentPlaysIt() throws Exception {
        rx.stopAgent();
        final Instant playAt = Instant.now().plusSeconds(4);
        final String id = rx.publishPlay(playAt, playAt.plusSeconds(60));

        rx.startAgent();

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        assertTrue(rx.startError(id, playAt).abs().toMillis() < 100, "start error " + rx.startError(id, playAt));
    }

    @Test
    void status_connectAndStop_retainedOnlineThenOffline() {
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.status(rx.id()) != null
                && controller.status(rx.id()).online());
        final ReceiverStatus online = controller.status(rx.id());
        assertEquals("loa-agent/" + Agent.version(), online.agent());

        rx.stopAgent();

        await().atMost(Duration.ofSeconds(5)).until(() -> !controller.status(rx.id()).online());
        assertFalse(controller.status(rx.id()).online());
    }
}
