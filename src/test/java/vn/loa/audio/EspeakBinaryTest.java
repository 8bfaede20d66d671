package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakBinaryTest {

    @TempDir
    Path dir;

    private Path program(final String name, final String permissions) throws Exception {
        final Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void locate_bareNameOnSearchPath_found() throws Exception {
        final Path file = program("espeak-ng", "rwx------");
        final String path = "/nonexistent" + File.pathSeparator + dir;
        assertEquals(Optional.of(file.toAbsolutePath()), new EspeakBinary("espeak-ng", path).locate());
    }

    @Test
    void locate_bareNameNotOnSearchPath_empty() {
        assertEquals(Optional.empty(), new EspeakBinary("espeak-ng", dir.toString()).locate());
    }

    @Test
    void locate_absolutePath_found() throws Exception {
        final Path file = program("espeak-ng", "rwx------");
        assertEquals(Optional.of(file.toAbsolutePath()), new EspeakBinary(file.toString(), "").locate());
    }

    @Test
    void locate_notExecutable_empty() throws Exception {
        final Path file = program("espeak-ng", "rw-------");
        assertEquals(Optional.empty(), new EspeakBinary(file.toString(), "").locate());
    }

    @Test
    void locate_directory_empty() {
        assertEquals(Optional.empty(), new EspeakBinary(dir.toString(), "").locate());
    }

    @Test
    void missingReason_namesSettingAndPackage() {
        final String reason = new EspeakBinary("/opt/espeak-ng", "").missingReason();
        assertTrue(reason.contains("loa.audio.espeak-path=/opt/espeak-ng"), reason);
        assertTrue(reason.contains("apt-get install espeak-ng"), reason);
    }
}
