package vn.loa.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.Health;

class HealthProbeTest {

    @TempDir
    Path dir;

    @Test
    void parse_allKeys_readsThem() {
        final HealthProbe.Reading reading = HealthProbe.parse(
                "power.source=battery\npower.batteryPercent=63\nsignalDbm=-87\nvolumePercent=80\nnoise\n");

        assertEquals(new HealthProbe.Reading(new Health.Power("battery", 63), -87, 80), reading);
    }

    @Test
    void parse_invalidOrMissingValues_leavesThemOut() {
        final HealthProbe.Reading reading = HealthProbe.parse("power.source=wind\nsignalDbm=strong\nvolumePercent=120");

        assertEquals(HealthProbe.Reading.NONE, reading);
    }

    @Test
    void parse_mainsWithoutBattery_hasNullPercent() {
        assertNull(HealthProbe.parse("power.source=mains").power().batteryPercent());
    }

    @Test
    void read_script_runsItAndParsesItsOutput() throws Exception {
        final Path script = Files.writeString(dir.resolve("health.sh"),
                "#!/bin/sh\nprintf 'power.source=solar\\nvolumePercent=55\\n'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

        final HealthProbe.Reading reading = new HealthProbe(List.of(script.toString())).read();

        assertEquals(new HealthProbe.Reading(new Health.Power("solar", null), null, 55), reading);
    }

    @Test
    void read_failingCommand_givesNothing() {
        assertEquals(HealthProbe.Reading.NONE, new HealthProbe(List.of(dir.resolve("missing").toString())).read());
    }
}
