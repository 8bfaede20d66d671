package vn.loa.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.AckState;
import vn.loa.agent.support.AudioServer;
import vn.loa.agent.support.ControllerStub;
import vn.loa.agent.support.EmbeddedBroker;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;
import vn.loa.agent.support.TestTone;

/** The shaded jar as the controller's end-to-end tests run it: a separate JVM with -Xmx32m and env vars. */
@Timeout(120)
class PackagedJarIT {

    private static final Logger LOG = Logger.getLogger(PackagedJarIT.class.getName());
    private static final Path JAR = Path.of(System.getProperty("loa.agent.jar", "target/loa-agent.jar"));

    @TempDir
    Path dir;

    @Test
    void jar_playCommandThenSigterm_playsOnTimeAndGoesOfflineCleanly() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "build the jar first: " + JAR);
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"));
                AudioServer audio = new AudioServer();
                ControllerStub controller = new ControllerStub(broker.port())) {
            final byte[] clip = TestTone.mp3(1000);
            final String sha = TestTone.sha256(clip);
            final String url = audio.put(sha + ".mp3", clip);
            final ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx32m", "-jar", JAR.toString())
                    .redirectErrorStream(true);
            builder.environment().put("LOA_RECEIVER_ID", "rx-jar-1");
            builder.environment().put("LOA_BROKER_PORT", String.valueOf(broker.port()));
            builder.environment().put("LOA_CONTROLLER_URL", audio.baseUrl().toString());
            builder.environment().put("LOA_CACHE_DIR", dir.resolve("cache").toString());
            builder.environment().put("LOA_AUDIO_SINK", "realtime");
            builder.environment().put("LOA_CONTROLLER_PUBLIC_KEY", Signer.CURRENT.publicKey());
            final Process process = builder.start();
            final List<String> output = capture(process);
            try {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> output.stream().anyMatch(l -> l.contains("loa-agent ready receiver=rx-jar-1")));

                final Instant playAt = Instant.now().plusSeconds(3);
                final String id = UUID.randomUUID().toString();
                controller.publish("rx-jar-1", Fixtures.signedPlay(n -> {
                    n.put("commandId", id);
                    n.put("receiverId", "rx-jar-1");
                    n.put("playAt", Fixtures.instant(playAt));
                    n.put("expiresAt", Fixtures.instant(playAt.plusSeconds(60)));
                    final ObjectNode a = (ObjectNode) n.get("audio");
                    a.put("url", url).put("sha256", sha).put("bytes", clip.length).put("durationMs", 1000);
                }));
                await().atMost(Duration.ofSeconds(15)).until(() -> controller.states(id).contains(AckState.PLAYED));
                final Duration error = Duration.between(playAt, controller.ack(id, AckState.PLAYING).at().toInstant());
                LOG.info("jar with -Xmx32m: playAt->playing.at error " + error.toMillis() + " ms");
                assertTrue(error.abs().toMillis() < 100, "start error " + error);
                assertEquals(List.of(AckState.RECEIVED, AckState.DOWNLOADED, AckState.PLAYING, AckState.PLAYED),
                        controller.states(id));

                process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stdout
                assertTrue(process.waitFor(20, TimeUnit.SECONDS), "no exit after SIGTERM");
                await().atMost(Duration.ofSeconds(5)).until(() -> !controller.status("rx-jar-1").online());
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> output.stream().anyMatch(l -> l.contains("loa-agent stopped")));
            } finally {
                process.destroyForcibly();
                output.forEach(line -> LOG.info(() -> "agent> " + line));
            }
        }
    }

    @Test
    void jar_noControllerKey_exitsWithCode2AndOneLine() throws Exception {
        final ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx32m", "-jar", JAR.toString())
                .redirectErrorStream(true);
        builder.environment().put("LOA_RECEIVER_ID", "rx-jar-2");
        builder.environment().remove("LOA_CONTROLLER_PUBLIC_KEY");
        final Process process = builder.start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("loa-agent: invalid configuration: LOA_CONTROLLER_PUBLIC_KEY (or controller.public.key) is required",
                out);
    }

    @Test
    void jar_noReceiverId_exitsWithCode2AndOneLine() throws Exception {
        final ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx32m", "-jar", JAR.toString())
                .redirectErrorStream(true);
        builder.environment().remove("LOA_RECEIVER_ID");
        final Process process = builder.start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("loa-agent: invalid configuration: LOA_RECEIVER_ID (or receiver.id) is required", out);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> capture(final Process process) {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("<<" + e + ">>");
            }
        }, "agent-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
