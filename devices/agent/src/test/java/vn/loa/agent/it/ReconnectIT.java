package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.Agent;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.EmbeddedBroker;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;

/** The broker is late or restarts and forgets the session (in-memory persistence): the agent must recover alone. */
@Timeout(180)
class ReconnectIT {

    @TempDir
    Path dir;

    @Test
    void agent_brokerStartsLateThenRestartsWithoutSession_reconnectsResubscribesAndPlays() throws Exception {
        final int port = EmbeddedBroker.freePort();
        final byte[] clip = TestTone.mp3(500);
        final String sha = TestTone.sha256(clip);
        try (AudioServer audio = new AudioServer()) {
            final String url = audio.put(sha + ".mp3", clip);
            final AgentConfig config = AgentConfig.from(new Properties(), Map.of(
                    "LOA_RECEIVER_ID", "rx-reconnect",
                    "LOA_BROKER_PORT", String.valueOf(port),
                    "LOA_CONTROLLER_URL", audio.baseUrl().toString(),
                    "LOA_CACHE_DIR", dir.resolve("cache").toString(),
                    "LOA_AUDIO_SINK", "realtime",
                    "LOA_CONTROLLER_PUBLIC_KEY", Signer.CURRENT.publicKey()));
            try (Agent agent = Agent.start(config)) {
                try (EmbeddedBroker first = EmbeddedBroker.start(dir.resolve("b1"), port)) {
                    assertTrue(agent.awaitReady(Duration.ofSeconds(60)), "no connect after the broker came up");
                }
                try (EmbeddedBroker second = EmbeddedBroker.start(dir.resolve("b2"), port);
                        ControllerStub controller = new ControllerStub(port)) {
                    await().atMost(Duration.ofSeconds(90)).until(() -> controller.status("rx-reconnect") != null
                            && controller.status("rx-reconnect").online());
                    final String id = UUID.randomUUID().toString();
                    final Instant playAt = Instant.now().plusSeconds(2);
                    // the online status precedes the re-subscribe by a moment: publish until the agent answers
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                        controller.publish("rx-reconnect", Fixtures.signedPlay(n -> {
                            n.put("commandId", id);
                            n.put("receiverId", "rx-reconnect");
                            n.put("playAt", Fixtures.instant(playAt));
                            n.put("expiresAt", Fixtures.instant(playAt.plusSeconds(60)));
                            final ObjectNode a = (ObjectNode) n.get("audio");
                            a.put("url", url).put("sha256", sha).put("bytes", clip.length).put("durationMs", 500);
                        }));
                        return controller.states(id).contains(AckState.RECEIVED);
                    });
                    await().atMost(Duration.ofSeconds(20)).until(() -> controller.states(id).contains(AckState.PLAYED));
                }
            }
        }
    }
}
