package vn.loa.agent.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.loa.agent.Agent;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.playback.SinkFactory;

/**
 * What a broker test class shares between its tests: an embedded broker, the controller stub on it, an HTTP audio
 * server and a {@value #CLIP_MS} ms test clip served from it. Start one per class ({@code @BeforeAll}), close it in
 * {@code @AfterAll}; each test starts its own agent with {@link #startAgent}.
 */
public final class BrokerTestRig implements AutoCloseable {

    /** Length of the test clip, in milliseconds. */
    public static final int CLIP_MS = 2000;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final EmbeddedBroker broker;
    private final AudioServer audioServer;
    private final ControllerStub controller;
    private final byte[] clip;
    private final String clipSha;
    private final String clipUrl;

    private BrokerTestRig(final EmbeddedBroker broker, final AudioServer audioServer,
            final ControllerStub controller, final byte[] clip) {
        this.broker = broker;
        this.audioServer = audioServer;
        this.controller = controller;
        this.clip = clip;
        this.clipSha = TestTone.sha256(clip);
        this.clipUrl = audioServer.put(clipSha + ".mp3", clip);
    }

    /** Starts the broker with its data under {@code brokerDir}, the audio server and the controller stub. */
    public static BrokerTestRig start(final Path brokerDir) throws Exception {
        final EmbeddedBroker broker = EmbeddedBroker.start(brokerDir);
        final AudioServer audioServer = new AudioServer();
        final ControllerStub controller = new ControllerStub(broker.port());
        return new BrokerTestRig(broker, audioServer, controller, TestTone.mp3(CLIP_MS));
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    public AudioServer audioServer() {
        return audioServer;
    }

    public ControllerStub controller() {
        return controller;
    }

    /** The test clip's MP3 bytes (the array itself: clone it before changing it). */
    public byte[] clip() {
        return clip;
    }

    public String clipSha() {
        return clipSha;
    }

    /** The clip's path on the audio server, as a play command carries it. */
    public String clipUrl() {
        return clipUrl;
    }

    /** PCM bytes of the whole clip as decoded (16-bit mono at {@link TestTone#SAMPLE_RATE}). */
    public static long clipPcmBytes() {
        return 2L * TestTone.SAMPLE_RATE * CLIP_MS / 1000;
    }

    /** A realtime-sink agent config on this rig's broker and audio server, with {@code extra} settings on top. */
    public AgentConfig config(final String receiverId, final Path cache, final Map<String, String> extra) {
        return config(receiverId, broker.port(), cache, extra);
    }

    /** As {@link #config(String, Path, Map)} but connecting to {@code brokerPort}, e.g. a {@link LinkCutter}'s. */
    public AgentConfig config(final String receiverId, final int brokerPort, final Path cache,
            final Map<String, String> extra) {
        return TestAgents.config(receiverId, brokerPort, audioServer.baseUrl(), cache, extra);
    }

    /** Starts an agent and waits until it is ready (connected and subscribed). */
    public static Agent startAgent(final AgentConfig config, final SinkFactory sinks) throws Exception {
        final Agent agent = Agent.start(config, Clock.systemDefaultZone(), sinks);
        assertTrue(agent.awaitReady(READY_TIMEOUT), "agent not ready");
        return agent;
    }

    /** A play command of the clip for {@code receiverId}, signed with the TEST key. */
    public byte[] play(final String id, final String receiverId, final long seq, final Instant playAt) {
        return TestAgents.play(id, receiverId, seq, playAt, clipUrl, clipSha, clip.length, CLIP_MS);
    }

    @Override
    public void close() throws Exception {
        controller.close();
        audioServer.close();
        broker.close();
    }
}
