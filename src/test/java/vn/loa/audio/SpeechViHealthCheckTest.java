package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechViHealthCheckTest {

    @TempDir
    Path dir;

    @Test
    void call_espeakMissing_downWithInstallHint() {
        final HealthCheckResponse response =
                new SpeechViHealthCheck(new EspeakBinary(dir.resolve("espeak-ng").toString(), "")).call();
        assertEquals("speech-vi", response.getName());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        final Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("sudo apt-get install espeak-ng", data.get("install"));
        assertTrue(data.get("reason").toString().contains("loa.audio.espeak-path"), data.toString());
    }

    @Test
    void call_espeakPresent_upWithProgramPath() throws Exception {
        final Path program = Files.writeString(dir.resolve("espeak-ng"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        final HealthCheckResponse response =
                new SpeechViHealthCheck(new EspeakBinary("espeak-ng", dir.toString())).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(program.toAbsolutePath().toString(), response.getData().orElseThrow().get("program"));
    }
}
