package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
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
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.CountingSinks;
import vn.loa.agent.support.LinkCutter;

/**
 * The agent's link to the broker is cut (a TCP relay between them closes every connection and refuses new ones)
 * while a playback is due: it plays on time anyway, and its acks reach the controller late, from the durable
 * outbox, once the link is back on the same port.
 */
@Timeout(180)
class LinkCutIT {

    private static final Logger LOG = Logger.getLogger(LinkCutIT.class.getName());
    private static final AtomicInteger RECEIVERS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static BrokerTestRig rig;
    private static ControllerStub controller;

    @TempDir
    Path cache;
    private String receiverId;
    private final CountingSinks sinks = new CountingSinks();

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
    void name() {
        receiverId = "rx-cut-" + RECEIVERS.incrementAndGet();
    }

    @Test
    void linkCutBeforePlayAt_playsOnTimeAndAcksArriveLateWithOriginalAtAfterTheLinkIsBack() throws Exception {
        try (LinkCutter link = new LinkCutter(rig.broker().port()); Agent agent = start(link)) {
            final Instant playAt = Instant.now().plusSeconds(4);
            final String id = publishPlay(playAt);
            await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.DOWNLOADED));

            final Instant linkDown = Instant.now();
            link.cut();
            await().atMost(Duration.ofSeconds(15)).until(() -> outboxHas(AckState.PLAYED));
            assertFalse(controller.states(id).contains(AckState.PLAYING), "an ack got through the cut link");
            final Instant linkBack = Instant.now();
            link.restore();

            await().atMost(Duration.ofSeconds(90)).until(() -> controller.states(id).contains(AckState.PLAYED));
            final Ack playing = controller.ack(id, AckState.PLAYING);
            final Ack played = controller.ack(id, AckState.PLAYED);
            final Instant actualStart = sinks.firstWrite();
            LOG.info(() -> "link cut timings: link down " + linkDown + ", playAt " + playAt
                    + ", first PCM write (measured) " + actualStart
                    + " (" + Duration.between(playAt, actualStart).toMillis() + " ms after playAt)"
                    + ", playing.at " + playing.at() + " (" + startError(playing, playAt).toMillis() + " ms)"
                    + ", played.at " + played.at() + ", link back " + linkBack
                    + ", playing ack arrived " + controller.arrival(playing)
                    + " (" + Duration.between(linkBack, controller.arrival(playing)).toMillis() + " ms after link back)"
                    + ", played ack arrived " + controller.arrival(played));
            assertTrue(linkDown.isBefore(playAt));
            assertTrue(startError(playing, playAt).abs().toMillis() < 100,
                    "playing.at error " + startError(playing, playAt));
            assertTrue(Duration.between(playAt, actualStart).abs().toMillis() < 100, "measured start " + actualStart);
            assertTrue(playing.late() && played.late(), "acks not flagged late");
            assertTrue(controller.arrival(playing).isAfter(linkBack), "playing arrived before the link was back");
            assertTrue(played.at().toInstant().isBefore(linkBack), "played.at is not the original time");
            assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                    controller.states(id));
            await().atMost(Duration.ofSeconds(10)).until(() -> digestShows(id, AckState.PLAYED));
        }
    }

    @Test
    void outbox_agentRestartedWhileTheLinkIsDown_stillDeliversTheAcksLateAfterwards() throws Exception {
        try (LinkCutter link = new LinkCutter(rig.broker().port())) {
            final Instant playAt = Instant.now().plusSeconds(3);
            final String id;
            try (Agent first = start(link)) {
                id = publishPlay(playAt);
                await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.DOWNLOADED));
                link.cut();
                await().atMost(Duration.ofSeconds(15)).until(() -> outboxHas(AckState.PLAYED));
            }
            assertTrue(outboxHas(AckState.PLAYED), "outbox lost at stop");

            final AgentConfig config = config(link);
            try (Agent second = Agent.start(config, Clock.systemDefaultZone(), sinks)) {
                link.restore();
                assertTrue(second.awaitReady(Duration.ofSeconds(60)), "no reconnect");
                await().atMost(Duration.ofSeconds(20)).until(() -> controller.states(id).contains(AckState.PLAYED));
                assertTrue(controller.ack(id, AckState.PLAYED).late());
                assertTrue(controller.ack(id, AckState.PLAYING).late());
                // QoS 1 is at least once: a copy may come twice (the controller is idempotent), never a different one
                assertTrue(controller.states(id).stream().filter(s -> s == AckState.PLAYING).count() >= 1);
                assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                        controller.states(id).stream().distinct().toList());
            }
        }
    }

    private Agent start(final LinkCutter link) throws Exception {
        return BrokerTestRig.startAgent(config(link), sinks);
    }

    private AgentConfig config(final LinkCutter link) {
        return rig.config(receiverId, link.port(), cache, Map.of());
    }

    private String publishPlay(final Instant playAt) {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, rig.play(id, receiverId, 1, playAt));
        return id;
    }

    private boolean outboxHas(final AckState state) throws Exception {
        final Path file = cache.resolve("outbox.jsonl");
        return Files.exists(file) && Files.readString(file).contains("\"state\":\"" + state.wire() + "\"");
    }

    private boolean digestShows(final String id, final AckState state) {
        return controller.digests(receiverId).stream().map(Digest::commands).flatMap(List::stream)
                .anyMatch(e -> e.commandId().value().equals(id) && e.state() == state);
    }

    private static Duration startError(final Ack playing, final Instant playAt) {
        return Duration.between(playAt, playing.at().toInstant());
    }
}
