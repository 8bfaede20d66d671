package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.ReceiverUnderTest;
import vn.loa.agent.support.Signer;

/**
 * The cancel command (PROTOCOL.md 4.1d) through a real (embedded) broker: a withdrawn play never reaches the sink,
 * a forged cancel changes nothing, a cancel that overtakes its play still wins, a playing target is stopped.
 */
@Timeout(120)
class CancelIT {

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
        rx = ReceiverUnderTest.start(rig, "rx-cancel-" + RECEIVERS.incrementAndGet(), cache);
    }

    @AfterEach
    void stopAgent() {
        rx.close();
    }

    @Test
    void cancel_scheduledPlayDownloaded_canceledAckAndNothingEverPlays() {
        final Instant playAt = Instant.now().plusSeconds(4);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.DOWNLOADED));
        final String cancel = UUID.randomUUID().toString();

        rx.publish(rx.cancel(cancel, rx.nextSeq(), play, Signer.CURRENT));

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED)
                && controller.states(cancel).contains(AckState.RECEIVED));
        assertEquals("withdrawn: cancel command " + cancel, controller.ack(play, AckState.CANCELED).detail());
        // well past playAt and the clip's length: still nothing
        await().during(Duration.ofMillis(BrokerTestRig.CLIP_MS + 4000)).atMost(Duration.ofSeconds(10))
                .until(() -> rx.sinks().bytes() == 0);
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.CANCELED), controller.states(play));
        assertEquals(List.of(AckState.RECEIVED), controller.states(cancel));
    }

    @Test
    void cancel_forged_rejectedAndThePlayStillPlays() {
        final Instant playAt = Instant.now().plusSeconds(3);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.RECEIVED));
        final String forged = UUID.randomUUID().toString();

        rx.publish(rx.cancel(forged, rx.nextSeq(), play, Signer.forger(Signer.CURRENT.keyId())));

        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(play).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.REJECTED), controller.states(forged));
        assertTrue(controller.ack(forged, AckState.REJECTED).detail().startsWith("bad-signature: "));
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                controller.states(play));
        // the whole clip (the MP3 encoder's padding adds a few frames)
        assertTrue(rx.sinks().bytes() >= BrokerTestRig.clipPcmBytes(), "played " + rx.sinks().bytes() + " bytes");
    }

    @Test
    void cancel_arrivesBeforeItsPlay_thePlayIsCanceledOnArrivalAndNeverPlays() {
        final String play = UUID.randomUUID().toString();
        final Instant playAt = Instant.now().plusSeconds(3);
        final byte[] playPayload = rx.signed(play, playAt, playAt.plusSeconds(60)); // seq n
        final String cancel = UUID.randomUUID().toString();
        rx.publish(rx.cancel(cancel, rx.nextSeq(), play, Signer.CURRENT)); // seq n + 1 overtakes it
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(cancel).contains(AckState.RECEIVED));

        rx.publish(playPayload);

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> rx.sinks().bytes() == 0 && controller.states(play).equals(List.of(AckState.CANCELED)));
        assertEquals("withdrawn: cancel command " + cancel, controller.ack(play, AckState.CANCELED).detail());
    }

    @Test
    void cancel_whilePlaying_stopsAtOnceAndNamesTheCancel() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYING));
        final String cancel = UUID.randomUUID().toString();

        rx.publish(rx.cancel(cancel, rx.nextSeq(), play, Signer.CURRENT));

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED)
                && controller.states(cancel).contains(AckState.RECEIVED));
        final Ack canceled = controller.ack(play, AckState.CANCELED);
        assertEquals("withdrawn: cancel command " + cancel, canceled.detail());
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.CANCELED),
                controller.states(play));
        assertTrue(rx.sinks().bytes() < BrokerTestRig.clipPcmBytes(), "not the whole clip");
    }

    @Test
    void cancel_thenRestartBeforePlayAt_thePlayStaysWithdrawn() throws Exception {
        final Instant playAt = Instant.now().plusSeconds(5);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.DOWNLOADED));
        rx.publish(rx.cancel(UUID.randomUUID().toString(), rx.nextSeq(), play, Signer.CURRENT));
        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(play).contains(AckState.CANCELED));

        rx.stopAgent();
        rx.startAgent();

        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> rx.sinks().bytes() == 0);
        assertEquals(1, rx.count(play, AckState.CANCELED));
    }
}
