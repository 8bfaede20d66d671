package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.support.BrokerTestRig.CLIP_MS;
import static vn.loa.agent.support.ReceiverUnderTest.withSeq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.ReceiverUnderTest;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;

/**
 * Attacks on the command path, against a real (embedded) broker: wrong receiver, tampered audio, replays, forged,
 * missing or unknown signatures, edits after signing, old sequence numbers, expired commands, a stop signed with an
 * unknown key, and the TEST key after rotation (also across a restart). Each asserts the rejection code and that
 * nothing plays (or that what was playing is not stopped).
 */
@Timeout(120)
class AttackIT {

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
        rx = ReceiverUnderTest.start(rig, "rx-attack-" + RECEIVERS.incrementAndGet(), cache);
    }

    @AfterEach
    void stopAgent() {
        rx.close();
    }

    @Test
    void attack_validlySignedForAnotherReceiver_rejectedWrongReceiverAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        rx.publish(Signer.CURRENT.sign(rx.command(id, "rx-someone-else", Instant.now().plusSeconds(1),
                Instant.now().plusSeconds(60))));

        rx.assertRejectedAndNothingPlays(id, "wrong-receiver");
    }

    @Test
    void attack_tamperedAudio_rejectedSha256MismatchAndNothingPlays() {
        final byte[] tampered = rig.clip().clone();
        tampered[tampered.length / 2] ^= 0x55;
        final String sha = TestTone.sha256(rig.clip());
        final String url = rig.audioServer().put("tampered-" + sha + ".mp3", tampered);
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = rx.command(id, rx.id(), Instant.now().plusSeconds(2),
                Instant.now().plusSeconds(60));
        ((ObjectNode) command.get("audio")).put("url", url);
        rx.publish(Signer.CURRENT.sign(command));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.RECEIVED, AckState.REJECTED)));

        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("sha256-mismatch: "));
        assertEquals(0, rx.sinks().bytes());
    }

    @Test
    void attack_sameSignedCommandAgainAfterItPlayed_rejectedReplayedIdAndPlayedOnce() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final byte[] payload = rx.signed(UUID.randomUUID().toString(), playAt, playAt.plusSeconds(60));
        final String id = idOf(payload);
        rx.publish(payload);
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        final long played = rx.sinks().bytes();

        rx.publish(payload);

        await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.REJECTED));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> rx.count(id, AckState.PLAYING) == 1);
        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("replayed-id: already played at "),
                controller.ack(id, AckState.REJECTED).detail());
        assertEquals(played, rx.sinks().bytes());
    }

    @Test
    void attack_alteredCopyOfADeliveredPlay_refusedUnverifiedAndTheGenuinePlaysAndIsDigestedPlayed()
            throws Exception {
        final Instant playAt = Instant.now().plusSeconds(3);
        final byte[] genuine = rx.signed(UUID.randomUUID().toString(), playAt, playAt.plusSeconds(60));
        final String id = idOf(genuine);
        rx.publish(genuine);
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.RECEIVED));
        final ObjectNode altered = (ObjectNode) new ObjectMapper().readTree(genuine);
        altered.put("title", "Tin giả / Fake news");

        rx.publish(Fixtures.toBytes(altered));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.REJECTED));
        assertFalse(controller.ack(id, AckState.REJECTED).verified());
        assertTrue(controller.ack(id, AckState.REJECTED).detail().startsWith("bad-signature: "));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
        final String report = UUID.randomUUID().toString();
        final ObjectNode n = Fixtures.json("report-command.json");
        n.put("commandId", report);
        n.put("receiverId", rx.id());
        n.put("seq", rx.nextSeq());
        n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
        rx.publish(Signer.CURRENT.sign(n));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.digests(rx.id()).stream()
                .anyMatch(d -> d.commands().stream().anyMatch(e -> e.commandId().value().equals(report))));
        final var digest = controller.digests(rx.id()).get(controller.digests(rx.id()).size() - 1);
        assertEquals(AckState.PLAYED, digest.commands().stream().filter(e -> e.commandId().value().equals(id))
                .findFirst().orElseThrow().state());
        assertEquals(1, rx.count(id, AckState.PLAYING));
    }

    @Test
    void attack_signedByAnotherKeyUnderTheTrustedKeyId_rejectedBadSignatureAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        rx.publish(Signer.forger(Signer.CURRENT.keyId()).sign(
                rx.command(id, rx.id(), Instant.now().plusSeconds(1), Instant.now().plusSeconds(60))));

        rx.assertRejectedAndNothingPlays(id, "bad-signature");
    }

    @Test
    void attack_unsigned_rejectedUnsignedAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = rx.command(id, rx.id(), Instant.now().plusSeconds(1),
                Instant.now().plusSeconds(60));
        command.remove("sig");
        command.remove("keyId");
        rx.publish(Fixtures.toBytes(command));

        rx.assertRejectedAndNothingPlays(id, "unsigned");
    }

    @Test
    void attack_signedByAnUnknownKey_rejectedUnknownKeyAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        rx.publish(Signer.NEXT.sign(
                rx.command(id, rx.id(), Instant.now().plusSeconds(1), Instant.now().plusSeconds(60))));

        rx.assertRejectedAndNothingPlays(id, "unknown-key");
    }

    @Test
    void attack_playAtChangedAfterSigning_rejectedBadSignatureAndNothingPlays() {
        final String id = UUID.randomUUID().toString();
        final ObjectNode command = rx.command(id, rx.id(), Instant.now().plusSeconds(600),
                Instant.now().plusSeconds(900));
        Signer.CURRENT.sign(command);
        command.put("playAt", Fixtures.instant(Instant.now().plusSeconds(1)));
        rx.publish(Fixtures.toBytes(command));

        rx.assertRejectedAndNothingPlays(id, "bad-signature");
    }

    @Test
    void attack_oldSequence_belowTheWindowOrAlreadyUsed_rejectedOldSequenceAndNothingPlays() {
        final String high = UUID.randomUUID().toString();
        rx.publish(rx.stop(high, 100, Signer.CURRENT));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(high).contains(AckState.RECEIVED));
        final String belowWindow = UUID.randomUUID().toString();
        final String used = UUID.randomUUID().toString();
        final Instant playAt = Instant.now().plusSeconds(1);

        rx.publish(Signer.CURRENT.sign(withSeq(rx.command(belowWindow, rx.id(), playAt,
                playAt.plusSeconds(60)), 100 - 64)));
        rx.publish(Signer.CURRENT.sign(withSeq(rx.command(used, rx.id(), playAt,
                playAt.plusSeconds(60)), 100)));

        rx.assertRejectedAndNothingPlays(belowWindow, "old-sequence");
        rx.assertRejectedAndNothingPlays(used, "old-sequence");
    }

    @Test
    void attack_expiredCommand_expiredAndNothingPlays() {
        final Instant now = Instant.now();
        final String id = rx.publishPlay(now.minusSeconds(120), now.minusSeconds(60));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> controller.states(id).equals(List.of(AckState.EXPIRED)));
        assertTrue(controller.ack(id, AckState.EXPIRED).detail().startsWith("expired: "));
        assertEquals(0, rx.sinks().bytes());
    }

    @Test
    void stop_signedByAnUnknownKey_rejectedAndPlaybackContinuesToPlayed() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String play = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYING));
        final String stop = UUID.randomUUID().toString();

        rx.publish(rx.stop(stop, rx.nextSeq(), Signer.NEXT));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(play).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.REJECTED), controller.states(stop));
        assertTrue(controller.ack(stop, AckState.REJECTED).detail().startsWith("unknown-key: "));
        final long playedMs = Duration.between(controller.ack(play, AckState.PLAYING).at(),
                controller.ack(play, AckState.PLAYED).at()).toMillis();
        assertTrue(playedMs >= CLIP_MS - 50, "played for " + playedMs + " ms");
    }

    @Test
    void rotateKey_thenOldKeyRejectedUnknownKeyAndNewKeyPlays() {
        rx.rotateToNextKey();
        final String old = UUID.randomUUID().toString();
        final String next = UUID.randomUUID().toString();
        final Instant playAt = Instant.now().plusSeconds(2);

        rx.publish(Signer.CURRENT.sign(rx.command(old, rx.id(), playAt, playAt.plusSeconds(60))));
        rx.publish(Signer.NEXT.sign(rx.command(next, rx.id(), playAt, playAt.plusSeconds(60))));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(old).contains(AckState.REJECTED));
        assertEquals(List.of(AckState.REJECTED), controller.states(old));
        assertTrue(controller.ack(old, AckState.REJECTED).detail().startsWith("unknown-key: "));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(next).contains(AckState.PLAYED));
        assertEquals(List.of(AckState.REJECTED), controller.states(old));
    }

    @Test
    void restart_afterRotationAndCommands_trustedKeyAndSequenceSurvive() throws Exception {
        rx.rotateToNextKey();
        final String used = UUID.randomUUID().toString();
        rx.publish(rx.stop(used, 50, Signer.NEXT));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(used).contains(AckState.RECEIVED));

        rx.stopAgent();
        rx.startAgent();

        final String oldKey = UUID.randomUUID().toString();
        final String reusedSeq = UUID.randomUUID().toString();
        final String fresh = UUID.randomUUID().toString();
        rx.publish(rx.stop(oldKey, 51, Signer.CURRENT));
        rx.publish(rx.stop(reusedSeq, 50, Signer.NEXT));
        rx.assertRejectedAndNothingPlays(oldKey, "unknown-key");
        rx.assertRejectedAndNothingPlays(reusedSeq, "old-sequence");

        final Instant playAt = Instant.now().plusSeconds(2);
        rx.publish(Signer.NEXT.sign(withSeq(rx.command(fresh, rx.id(), playAt, playAt.plusSeconds(60)), 52)));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(fresh).contains(AckState.PLAYED));
    }

    private static String idOf(final byte[] command) {
        try {
            return new ObjectMapper().readTree(command).get("commandId").textValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
