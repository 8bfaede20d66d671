package vn.loa.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.audio.RecordingFixtures;

/**
 * Room: operations. The packaged controller (prod profile, embedded H2): Swagger UI off, the OpenAPI document served,
 * metrics only on the loopback management port; then {@code deploy/loa-backup} (stopping the controller itself),
 * {@code deploy/loa-restore} into a FRESH data directory, and a controller started on it shows the same broadcast log,
 * the same playable MP3s and the same recording.
 */
class BackupRestoreIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final String PASSWORD = "backup-it-password";

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void backupThenRestoreIntoAFreshDataDir_sameLogSameAudioSameRecording() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn verify'");
        final Path original = tmp.resolve("original");
        final Controller a = start(original, "a");

        // prod profile: no Swagger UI, the API document, metrics on the management port only
        a.api().get("/q/swagger-ui/").then().statusCode(404);
        a.api().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/bulletins"));
        a.api().get("/q/metrics").then().statusCode(404);
        given().baseUri("http://127.0.0.1").port(a.management).get("/q/metrics").then().statusCode(200)
                .body(containsString("loa_broker_connected 1.0"));

        final long spoken = a.bulletin("Họp thôn", "en", "The village meeting starts at eight tonight.");
        final long recorded = a.bulletin("Ghi âm", "hmn", "A recorded notice.");
        final byte[] wav = RecordingFixtures.wav(16_000, 1, 1_000, -20);
        a.as("staff").contentType("audio/wav").body(wav).queryParam("filename", "thong-bao.wav")
                .put("/api/bulletins/" + recorded + "/recording").then().statusCode(200);
        final String spokenSha = a.approve(spoken);
        final String recordedSha = a.approve(recorded);
        a.as("staff").body(Map.of("bulletinId", spoken, "playAt", OffsetDateTime.now(ZoneOffset.ofHours(7))
                .plusHours(2).toString(), "targets", Map.of("communes", List.of("Lũng Cú")))).post("/api/broadcasts")
                .then().statusCode(201);
        // every command sent (the log is read again after the restore and must not have moved on by itself)
        Awaitility.await("commands sent").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> !a.log().contains("\"QUEUED\""));
        final String log = a.log();
        assertTrue(log.contains("rx-then-van-01") && log.contains("\"SENT\""), log);
        final byte[] spokenMp3 = a.audio(spokenSha);
        final byte[] recordedMp3 = a.audio(recordedSha);
        final byte[] recording = a.as("staff").get("/api/bulletins/" + recorded + "/recording").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(wav, recording);

        // backup: the script stops the controller itself (H2 is copied closed)
        final Path archive = tmp.resolve("loa-backup.tar.gz");
        final long pid = a.process.pid();
        final long t0 = System.nanoTime();
        final BackupScriptsTest.Result backup = BackupScriptsTest.sh(BackupScriptsTest.BACKUP, archive, Map.of(
                "LOA_DATA_DIR", original.toString(),
                "LOA_STOP_COMMAND", "kill " + pid + "; while kill -0 " + pid + " 2>/dev/null; do sleep 0.2; done",
                "LOA_START_COMMAND", ""));
        final long backupMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, backup.code(), backup.out());
        assertFalse(a.process.isAlive(), "stopped for the copy");

        final Path fresh = tmp.resolve("restored");
        final long t1 = System.nanoTime();
        final BackupScriptsTest.Result restore = BackupScriptsTest.sh(BackupScriptsTest.RESTORE, archive,
                Map.of("LOA_DATA_DIR", fresh.toString()));
        final long restoreMs = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(0, restore.code(), restore.out());
        System.out.printf("BackupRestoreIT: data dir %d bytes, archive %d bytes, backup %d ms (stop included), "
                + "restore %d ms%n", size(original), Files.size(archive), backupMs, restoreMs);

        final Controller b = start(fresh, "b");
        assertEquals(log, b.log(), "the same broadcast log");
        assertArrayEquals(spokenMp3, b.audio(spokenSha));
        assertArrayEquals(recordedMp3, b.audio(recordedSha));
        assertTrue(decodedSamples(b.audio(spokenSha)) > 16_000, "the spoken MP3 plays (more than a second)");
        assertTrue(decodedSamples(b.audio(recordedSha)) > 16_000, "the recorded MP3 plays");
        assertArrayEquals(wav, b.as("staff").get("/api/bulletins/" + recorded + "/recording").then().statusCode(200)
                .extract().asByteArray(), "the original recording");
        b.as("official").get("/api/bulletins/" + spoken).then().statusCode(200).body("state", equalTo("APPROVED"));
    }

    /** PCM samples JLayer (the receiver agent's decoder) gets out of an MP3. */
    private static long decodedSamples(final byte[] mp3) throws Exception {
        final Bitstream in = new Bitstream(new ByteArrayInputStream(mp3));
        final Decoder decoder = new Decoder();
        long samples = 0;
        for (Header h = in.readFrame(); h != null; h = in.readFrame()) {
            samples += ((SampleBuffer) decoder.decodeFrame(h, in)).getBufferLength();
            in.closeFrame();
        }
        return samples;
    }

    private static long size(final Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private Controller start(final Path dataDir, final String name) throws Exception {
        final int http = freePort();
        final int management = freePort();
        final Path log = tmp.resolve(name + ".log");
        final ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("QUARKUS_HTTP_PORT", String.valueOf(http), "LOA_MQTT_EMBEDDED_PORT",
                String.valueOf(freePort()), "LOA_MANAGEMENT_PORT", String.valueOf(management), "LOA_DATA_DIR",
                dataDir.toString(), "LOA_ADMIN_PASSWORD", PASSWORD, "LOA_DEMO_ENABLED", "true", "LOA_DEMO_PASSWORD",
                PASSWORD, "LOA_AUDIO_WARM_UP", "false"));
        final Process p = pb.start();
        started.add(p);
        Awaitility.await(name + " up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> live(http) || !p.isAlive());
        assertTrue(p.isAlive(), Files.readString(log, StandardCharsets.UTF_8));
        return new Controller(p, http, management);
    }

    private record Controller(Process process, int http, int management) {

        RequestSpecification api() {
            return given().baseUri("http://127.0.0.1").port(http);
        }

        RequestSpecification as(final String user) {
            return api().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON);
        }

        long bulletin(final String title, final String language, final String text) {
            return as("staff").body(Map.of("title", title, "text", text, "language", language, "priority", "routine"))
                    .post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        }

        String approve(final long id) {
            as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
            return as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200).extract()
                    .jsonPath().getString("audio.sha256");
        }

        String log() {
            return as("official").queryParam("from", "2026-01-01T00:00:00+07:00").get("/api/logs").then()
                    .statusCode(200).extract().asString();
        }

        byte[] audio(final String sha) {
            return api().get("/api/audio/" + sha + ".mp3").then().statusCode(200).extract().asByteArray();
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
