package vn.loa.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the protocol examples of devices/PROTOCOL.md: the same files the receiver agent's tests load. */
final class Fixtures {

    static final Path DIR = Path.of("devices", "protocol", "examples");

    private Fixtures() {
    }

    static byte[] bytes(final String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(final String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
