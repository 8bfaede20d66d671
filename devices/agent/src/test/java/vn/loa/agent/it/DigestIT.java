package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.ReceiverUnderTest;
import vn.loa.agent.support.Signer;

/** The report command, against a real (embedded) broker: the agent answers with a digest of its recent commands. */
@Timeout(120)
class DigestIT {

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
        rx = ReceiverUnderTest.start(rig, "rx-digest-" + RECEIVERS.incrementAndGet(), cache);
    }

    @AfterEach
    void stopAgent() {
        rx.close();
    }

    @Test
    void report_afterOnePlayedAndOnePending_digestListsBothWithStatesNewestFirst() {
        final Instant playAt = Instant.now().plusSeconds(2);
        final String played = rx.publishPlay(playAt, playAt.plusSeconds(60));
        await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(played).contains(AckState.PLAYED));
        final Instant later = Instant.now().plusSeconds(600);
        final String pending = rx.publishPlay(later, later.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(pending).contains(AckState.DOWNLOADED));
        final String report = UUID.randomUUID().toString();
        final ObjectNode n = Fixtures.json("report-command.json");
        n.put("commandId", report);
        n.put("receiverId", rx.id());
        n.put("seq", rx.nextSeq());
        n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));

        rx.publish(Signer.CURRENT.sign(n));

        await().atMost(Duration.ofSeconds(10)).until(() -> controller.digests(rx.id()).stream()
                .anyMatch(d -> d.commands().stream().anyMatch(e -> e.commandId().value().equals(report))));
        assertEquals(List.of(AckState.RECEIVED), controller.states(report));
        final Digest digest = controller.digests(rx.id()).get(controller.digests(rx.id()).size() - 1);
        assertEquals(List.of(report, pending, played),
                digest.commands().stream().map(e -> e.commandId().value()).toList());
        assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYED),
                digest.commands().stream().map(Digest.Entry::state).toList());
        assertEquals(rx.lastSeq(), digest.commands().get(0).seq());
        assertEquals(controller.ack(played, AckState.PLAYED).at(), digest.commands().get(2).at());
    }
}
