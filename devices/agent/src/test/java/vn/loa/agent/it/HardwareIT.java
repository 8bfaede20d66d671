package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.support.BrokerTestRig.CLIP_MS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.ReceiverStatus;
import vn.loa.agent.support.BrokerTestRig;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.CountingSinks;
import vn.loa.agent.support.Fixtures;

/** The box around the agent: heartbeat with health fields, and amplifier power around playbacks. */
@Timeout(120)
class HardwareIT {

    private static final Logger LOG = Logger.getLogger(HardwareIT.class.getName());
    private static final AtomicInteger RECEIVERS = new AtomicInteger();

    @TempDir
    static Path shared;
    private static BrokerTestRig rig;
    private static ControllerStub controller;

    @TempDir
    Path dir;
    private String receiverId;
    private final AtomicInteger seq = new AtomicInteger();

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
        receiverId = "rx-hw-" + RECEIVERS.incrementAndGet();
    }

    @Test
    void heartbeat_oneSecond_twoHeartbeatsWithStorageQueueProbeFieldsAndLastCommand() throws Exception {
        final Path probe = script("health.sh", "printf 'power.source=battery\\npower.batteryPercent=63\\n"
                + "signalDbm=-87\\nvolumePercent=80\\n'");
        try (Agent agent = start(Map.of("LOA_HEARTBEAT_SECONDS", "1", "LOA_HEALTH_COMMAND", probe.toString(),
                "LOA_FIRMWARE", "test-fw-1"))) {
            final String issuedAt = "2026-11-01T00:00:00.500Z";
            controller.publish(receiverId, Fixtures.signedStop(n -> {
                n.put("commandId", UUID.randomUUID().toString());
                n.put("receiverId", receiverId);
                n.put("seq", seq.incrementAndGet());
                n.put("issuedAt", issuedAt);
                n.put("expiresAt", Fixtures.instant(Instant.now().plusSeconds(60)));
            }));
            final int before = controller.statuses(receiverId).size();

            await().atMost(Duration.ofSeconds(10)).until(() -> controller.statuses(receiverId).size() >= before + 2);

            final List<ReceiverStatus> beats = controller.statuses(receiverId);
            for (final ReceiverStatus beat : beats.subList(before, before + 2)) {
                final Health health = beat.health();
                assertNotNull(health);
                assertEquals("test-fw-1", health.firmware());
                assertEquals(new Health.Power("battery", 63, 30), health.power(), "with the default reserve");
                assertEquals(-87, health.signalDbm());
                assertEquals(80, health.volumePercent());
                assertTrue(health.storageFreeBytes() > 0);
                assertEquals(0, health.queuedCommands());
            }
            final ReceiverStatus last = beats.get(beats.size() - 1);
            assertEquals(issuedAt, last.health().lastCommand().issuedAt());
            LOG.info(() -> "heartbeat: " + last);
        }
    }

    @Test
    void amplifier_gpioFile_oneFromLeadBeforePlayAtUntilPlaybackEndThenZero() throws Exception {
        final Path gpio = Files.writeString(dir.resolve("gpio17-value"), "0");
        try (Agent agent = start(Map.of("LOA_AMP_GPIO_FILE", gpio.toString(), "LOA_AMP_LEAD_SECONDS", "2"))) {
            final Instant playAt = Instant.now().plusSeconds(4);
            final String id = publishPlay(playAt);

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                    .until(() -> "1".equals(Files.readString(gpio)));
            final Instant on = Instant.now();
            await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.PLAYING));
            assertEquals("1", Files.readString(gpio), "amplifier off while playing");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> "0".equals(Files.readString(gpio)));
            final Instant off = Instant.now();
            await().atMost(Duration.ofSeconds(5)).until(() -> controller.states(id).contains(AckState.PLAYED));
            final Instant playedAt = controller.ack(id, AckState.PLAYED).at().toInstant();

            final long onBeforePlayAtMs = Duration.between(on, playAt).toMillis();
            final long offAfterEndMs = Duration.between(playedAt, off).toMillis();
            LOG.info(() -> "amplifier on " + onBeforePlayAtMs + " ms before playAt, off " + offAfterEndMs
                    + " ms after playback end");
            assertTrue(onBeforePlayAtMs > 1800 && onBeforePlayAtMs <= 2100, "on " + onBeforePlayAtMs + " ms ahead");
            assertTrue(offAfterEndMs >= -5 && offAfterEndMs < 500, "off " + offAfterEndMs + " ms after the end");
        }
    }

    @Test
    void amplifier_commandAndBackToBackPlaybacks_switchedOnOnceAndOffOnceInOrder() throws Exception {
        final Path log = dir.resolve("amp.log");
        final Path amp = script("amp.sh", "echo \"$1\" >> '" + log + "'");
        try (Agent agent = start(Map.of("LOA_AMP_COMMAND", amp.toString(), "LOA_AMP_LEAD_SECONDS", "2"))) {
            final Instant first = Instant.now().plusSeconds(4);
            final String a = publishPlay(first);
            final String b = publishPlay(first.plusMillis(CLIP_MS + 1000));

            await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(b).contains(AckState.PLAYED));
            assertTrue(controller.states(a).contains(AckState.PLAYED));
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(log)
                    && Files.readAllLines(log).equals(List.of("on", "off")));
        }
    }

    @Test
    void amplifier_failingHook_playbackStillOnTime() throws Exception {
        final Path amp = script("amp-broken.sh", "exit 3");
        try (Agent agent = start(Map.of("LOA_AMP_COMMAND", amp.toString(), "LOA_AMP_LEAD_SECONDS", "1"))) {
            final Instant playAt = Instant.now().plusSeconds(3);
            final String id = publishPlay(playAt);

            await().atMost(Duration.ofSeconds(10)).until(() -> controller.states(id).contains(AckState.PLAYED));
            final Duration error = Duration.between(playAt, controller.ack(id, AckState.PLAYING).at().toInstant());
            assertTrue(error.abs().toMillis() < 100, "start error " + error);
        }
    }

    private Agent start(final Map<String, String> extra) throws Exception {
        return BrokerTestRig.startAgent(rig.config(receiverId, dir.resolve("cache"), extra), new CountingSinks());
    }

    private String publishPlay(final Instant playAt) {
        final String id = UUID.randomUUID().toString();
        controller.publish(receiverId, rig.play(id, receiverId, seq.incrementAndGet(), playAt));
        return id;
    }

    private Path script(final String name, final String body) throws Exception {
        final Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
