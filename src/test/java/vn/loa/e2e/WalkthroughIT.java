package vn.loa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough, run as written: its three bash blocks are taken from README.md itself and run by bash
 * against the packaged controller jar (demo mode) and the packaged receiver agent. Only what a test must change is
 * changed: the ports (8080 and 1884 become free ports, given to the controller through the environment variables
 * the README names), the agent's cache directory, and the {@code mvn} build lines (failsafe runs after
 * {@code mvn verify} packaged the controller; the agent is built first by the README's test command and by CI).
 * The controller's data directory is an absolute temporary path, so this also proves an absolute
 * {@code LOA_DATA_DIR} works. Checks the states the README names, in order.
 */
class WalkthroughIT {

    private static final Path README = Path.of("README.md");
    private static final Path CONTROLLER_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path AGENT_JAR = Path.of("devices", "agent", "target", "loa-agent.jar");
    private static final String SECTION = "## Walkthrough: one bulletin from text to a played, acknowledged broadcast";

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();
    private final Map<Process, Thread> copies = new java.util.HashMap<>();

    @AfterEach
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            final Process p = started.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void walkthrough_asWrittenInTheReadme_playsAndShowsTheStatesItNames() throws Exception {
        assertTrue(Files.isRegularFile(CONTROLLER_JAR), CONTROLLER_JAR + " is missing: run 'mvn verify'");
        assertTrue(Files.isRegularFile(AGENT_JAR), AGENT_JAR + " is missing: run 'mvn -f devices/agent/pom.xml verify'");
        final List<String> blocks = bashBlocks(Files.readString(README, StandardCharsets.UTF_8));
        assertEquals(3, blocks.size(), "the walkthrough has three terminals");
        final int http = freePort();
        final int mqtt = freePort();
        final Path dataDir = tmp.resolve("data").toAbsolutePath();
        final Path cache = tmp.resolve("loa-rx");

        final Path controllerLog = tmp.resolve("controller.log");
        run(adapt(blocks.get(0), http, mqtt, cache), controllerLog, Map.of("QUARKUS_HTTP_PORT", String.valueOf(http),
                "LOA_MQTT_EMBEDDED_PORT", String.valueOf(mqtt), "LOA_DATA_DIR", dataDir.toString(),
                "LOA_MANAGEMENT_PORT", String.valueOf(freePort())));
        Awaitility.await("controller up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> ok("http://127.0.0.1:" + http + "/q/health/live"));
        assertTrue(log(controllerLog).contains("embedded MQTT broker listening on 127.0.0.1:" + mqtt), log(controllerLog));
        assertTrue(Files.isRegularFile(dataDir.resolve("loa.mv.db")), "H2 database under the absolute " + dataDir);

        final Path agentLog = tmp.resolve("agent.log");
        run(adapt(blocks.get(1), http, mqtt, cache), agentLog, Map.of("LOA_AUDIO_SINK", "realtime"));
        Awaitility.await("agent ready").atMost(Duration.ofMinutes(1)).until(() -> log(agentLog).contains("loa-agent ready"));

        final Path walkLog = tmp.resolve("walk.log");
        final Process walk = run(adapt(blocks.get(2), http, mqtt, cache), walkLog, Map.of());
        assertTrue(walk.waitFor(5, TimeUnit.MINUTES), "the walkthrough ends: " + log(walkLog));
        copies.get(walk).join(10_000);
        final String out = log(walkLog);
        assertEquals(0, walk.exitValue(), out);

        inOrder(out, "\"state\":\"DRAFT\"", "\"state\":\"SUBMITTED\"", "\"state\":\"APPROVED\"", "bulletin.mp3",
                "\"state\":\"QUEUED\"");
        final List<String> followed = followedStates(out);
        assertEquals("PLAYED", followed.get(followed.size() - 1), out);
        assertTrue(followed.contains("PLAYING"), "PLAYING is seen: " + followed);
        assertTrue(List.of("QUEUED", "SENT", "RECEIVED", "DELIVERED", "PLAYING", "PLAYED").containsAll(followed),
                "only states the README names: " + followed);
        inOrder(out, "\"state\":\"PLAYED\"", "\"type\":\"stop\"");
        assertTrue(out.strip().endsWith("[]"), "no security events: " + out);
        assertTrue(Files.size(tmp.resolve("bulletin.mp3")) > 10_000, "the audio was downloaded");
        assertTrue(Files.readString(tmp.resolve("log.csv"), StandardCharsets.UTF_8).contains("rx-then-van-01"));
        assertTrue(log(agentLog).contains("state=played"), log(agentLog));
        System.out.println("--- walkthrough output\n" + out);
    }

    /** The bash blocks of the walkthrough section, in order. */
    static List<String> bashBlocks(final String readme) {
        final int start = readme.indexOf(SECTION);
        assertTrue(start >= 0, "README has the walkthrough section");
        final int end = readme.indexOf("\n## ", start + SECTION.length());
        final Matcher m = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(start, end < 0 ? readme.length() : end));
        final List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Free ports instead of 8080 and 1884, a private cache, and no Maven runs (the jars are built already). */
    static String adapt(final String block, final int http, final int mqtt, final Path cache) {
        return block.lines().filter(line -> !line.startsWith("mvn "))
                .map(line -> line.replace("127.0.0.1:8080", "127.0.0.1:" + http)
                        .replace("LOA_BROKER_PORT=1884", "LOA_BROKER_PORT=" + mqtt)
                        .replace("/tmp/loa-rx", cache.toString()))
                .reduce("set -eu\n", (a, b) -> a + b + "\n");
    }

    private Process run(final String script, final Path log, final Map<String, String> env) throws IOException {
        final Path file = log.resolveSibling(log.getFileName() + ".sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        // a pipe, not a file: the README's "tee /dev/stderr" reopens its stderr, which would truncate a file
        final ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
        // the controller and the agent run from the repository's root (the README's jar paths); the walk from tmp
        pb.directory(env.containsKey("QUARKUS_HTTP_PORT") || script.contains("loa-agent.jar")
                ? Path.of("").toAbsolutePath().toFile() : tmp.toFile());
        pb.environment().putAll(env);
        final Process p = pb.start();
        started.add(p);
        final Thread copy = new Thread(() -> {
            try (var in = p.getInputStream(); var out = Files.newOutputStream(log)) {
                in.transferTo(new java.io.OutputStream() {
                    @Override
                    public void write(final int b) throws IOException {
                        out.write(b);
                        out.flush();
                    }

                    @Override
                    public void write(final byte[] b, final int off, final int len) throws IOException {
                        out.write(b, off, len);
                        out.flush();
                    }
                });
            } catch (IOException e) {
                // the process ended or the test is over
            }
        }, "walkthrough-log-" + log.getFileName());
        copy.setDaemon(true);
        copy.start();
        copies.put(p, copy);
        return p;
    }

    private static List<String> followedStates(final String out) {
        final List<String> states = new ArrayList<>();
        final Matcher m = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d ([A-Z_]+)$").matcher(out);
        while (m.find()) {
            states.add(m.group(1));
        }
        assertTrue(!states.isEmpty(), "step 5 printed states: " + out);
        return states;
    }

    private static void inOrder(final String out, final String... parts) {
        int at = 0;
        for (final String part : parts) {
            final int next = out.indexOf(part, at);
            assertTrue(next >= 0, "'" + part + "' after position " + at + " in:\n" + out);
            at = next + part.length();
        }
    }

    private static boolean ok(final String url) {
        try {
            final HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static String log(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
