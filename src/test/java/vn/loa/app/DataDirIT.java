package vn.loa.app;

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
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged controller with a relative {@code LOA_DATA_DIR}: the H2 database, the audio store and the broker's
 * files land under the working directory. (An absolute one is what {@code WalkthroughIT} runs with.)
 */
class DataDirIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();

    @TempDir
    Path workDir;

    @Test
    void start_relativeDataDir_putsTheDatabaseUnderTheWorkingDirectory() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify'");
        final int http = freePort();
        final Path log = workDir.resolve("controller.log");
        final ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(http));
        pb.environment().put("LOA_MQTT_EMBEDDED_PORT", String.valueOf(freePort()));
        pb.environment().put("LOA_MANAGEMENT_PORT", String.valueOf(freePort())); // metrics, 9000 by default
        pb.environment().put("LOA_DATA_DIR", "state/loa");
        pb.environment().put("LOA_ADMIN_PASSWORD", "data-dir-test-password");
        final Process controller = pb.start();
        try {
            Awaitility.await("controller up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> live(http) || !controller.isAlive());
            assertTrue(controller.isAlive(), Files.readString(log, StandardCharsets.UTF_8));
            assertTrue(Files.isRegularFile(workDir.resolve("state/loa/loa.mv.db")), "H2 file under the working dir");
            assertTrue(Files.isDirectory(workDir.resolve("state/loa/broker")), "broker files beside it");
        } finally {
            controller.destroy();
            if (!controller.waitFor(20, TimeUnit.SECONDS)) {
                controller.destroyForcibly();
            }
        }
    }

    private static boolean live(final int port) {
        try {
            final HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/live")
                    .toURL().openConnection();
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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
