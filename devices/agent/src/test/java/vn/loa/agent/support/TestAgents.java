package vn.loa.agent.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import vn.loa.agent.config.AgentConfig;

/** Configurations and commands for agents under test in the broker tests. */
public final class TestAgents {

    private TestAgents() {
    }

    /** A realtime-sink agent trusting the TEST key, with {@code extra} settings on top. */
    public static AgentConfig config(final String receiverId, final int brokerPort, final URI audioBase,
            final Path cache, final Map<String, String> extra) {
        final Map<String, String> env = new HashMap<>(Map.of(
                "LOA_RECEIVER_ID", receiverId,
                "LOA_BROKER_PORT", String.valueOf(brokerPort),
                "LOA_CONTROLLER_URL", audioBase.toString(),
                "LOA_CACHE_DIR", cache.toString(),
                "LOA_AUDIO_SINK", "realtime",
                "LOA_CONTROLLER_PUBLIC_KEY", Signer.CURRENT.publicKey()));
        env.putAll(extra);
        return AgentConfig.from(new Properties(), env);
    }

    /** The example play command for {@code receiverId}, edited, signed with the TEST key. */
    public static byte[] play(final String id, final String receiverId, final long seq, final Instant playAt,
            final String url, final String sha, final int bytes, final int durationMs) {
        return Fixtures.signedPlay(n -> {
            n.put("commandId", id);
            n.put("receiverId", receiverId);
            n.put("seq", seq);
            n.put("issuedAt", Fixtures.instant(Instant.now()));
            n.put("playAt", Fixtures.instant(playAt));
            n.put("expiresAt", Fixtures.instant(playAt.plusSeconds(60)));
            final ObjectNode a = (ObjectNode) n.get("audio");
            a.put("url", url).put("sha256", sha).put("bytes", bytes).put("durationMs", durationMs);
        });
    }
}
