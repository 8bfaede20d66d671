package vn.loa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The real receiver agent ({@code devices/agent}), run as its own JVM with {@code -Xmx32m}, as on a device.
 * Build it first: {@code mvn -f devices/agent/pom.xml verify} (the README's test command does).
 */
public final class AgentProcess implements AutoCloseable {

    public static final Path JAR = Path.of("devices", "agent", "target", "loa-agent.jar");

    private final String receiverId;
    private final Path log;
    private final Process process;

    private AgentProcess(final String receiverId, final Path log, final Process process) {
        this.receiverId = receiverId;
        this.log = log;
        this.process = process;
    }

    /** Starts an agent and waits until it reports itself subscribed. */
    public static AgentProcess start(final String receiverId, final String brokerAddress, final String controllerUrl,
            final String controllerPublicKey, final String brokerSecret, final Path workDir) {
        return start(receiverId, brokerAddress, controllerUrl, controllerPublicKey, brokerSecret, workDir, Map.of());
    }

    /** As above, with more agent settings ({@code LOA_HEALTH_COMMAND}…) in {@code extraEnv}. */
    public static AgentProcess start(final String receiverId, final String brokerAddress, final String controllerUrl,
            final String controllerPublicKey, final String brokerSecret, final Path workDir,
            final Map<String, String> extraEnv) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run 'mvn -f devices/agent/pom.xml verify' first");
        }
        final int colon = brokerAddress.lastIndexOf(':');
        try {
            Files.createDirectories(workDir);
            final Path log = workDir.resolve(receiverId + ".log");
            final List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m"));
            // more JVM options for every agent, e.g. to measure a smaller footprint (StartAccuracyBenchmark)
            final String options = System.getProperty("loa.test.agent-jvm-options", "").strip();
            if (!options.isEmpty()) {
                command.addAll(List.of(options.split("\\s+")));
            }
            command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
            final ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            final Map<String, String> env = pb.environment();
            env.put("LOA_RECEIVER_ID", receiverId);
            env.put("LOA_BROKER_HOST", brokerAddress.substring(0, colon));
            env.put("LOA_BROKER_PORT", brokerAddress.substring(colon + 1));
            env.put("LOA_CONTROLLER_URL", controllerUrl);
            env.put("LOA_CACHE_DIR", workDir.resolve(receiverId + "-cache").toAbsolutePath().toString());
            env.put("LOA_AUDIO_SINK", "realtime");
            env.put("LOA_CONTROLLER_PUBLIC_KEY", controllerPublicKey);
            env.put("LOA_BROKER_USERNAME", receiverId);
            env.put("LOA_BROKER_PASSWORD", brokerSecret);
            env.putAll(extraEnv);
            final AgentProcess agent = new AgentProcess(receiverId, log, pb.start());
            Awaitility.await("agent " + receiverId + " ready").atMost(Duration.ofSeconds(30))
                    .until(() -> agent.output().contains("loa-agent ready"));
            return agent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String receiverId() {
        return receiverId;
    }

    /** The agent JVM's resident set size, kB, from {@code /proc/<pid>/status}; -1 when it cannot be read. */
    public long rssKb() {
        return rssKb(process.pid());
    }

    /** A process's resident set size, kB ({@code VmRSS}); -1 when it cannot be read (not Linux, gone). */
    public static long rssKb(final long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
