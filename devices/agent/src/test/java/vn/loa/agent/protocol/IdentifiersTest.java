package vn.loa.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    private static final String SHA = "9f2c6c1d0e6a3b7f4e5d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788f9e0d1";

    @ParameterizedTest
    @ValueSource(strings = {"rx-thon-ma-01", "a1", "0-"})
    void receiverIdOf_validId_keepsValue(final String id) {
        assertEquals(id, ReceiverId.of(id).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "-rx", "Rx-1", "rx_1", "rx/1", "rx+"})
    void receiverIdOf_invalidId_throws(final String id) {
        assertThrows(IllegalArgumentException.class, () -> ReceiverId.of(id));
    }

    @Test
    void receiverIdOf_64Characters_throws() {
        assertThrows(IllegalArgumentException.class, () -> ReceiverId.of("a".repeat(64)));
    }

    @Test
    void commandIdOf_notCanonical_throws() {
        assertThrows(IllegalArgumentException.class, () -> CommandId.of("1-1-1-1-1"));
    }

    @Test
    void topics_receiver_buildsV1Topics() {
        final ReceiverId id = ReceiverId.of("rx-1");

        assertEquals("loa/v1/rx/rx-1/cmd", Topics.command(id));
        assertEquals("loa/v1/rx/rx-1/ack", Topics.ack(id));
        assertEquals("loa/v1/rx/rx-1/status", Topics.status(id));
    }

    @Test
    void resolve_relativeUrl_joinsControllerBase() {
        final AudioRef audio = new AudioRef("/api/audio/" + SHA + ".mp3", SHA, 10, 0);

        assertEquals(URI.create("http://10.0.0.1:8080/loa/api/audio/" + SHA + ".mp3"),
                audio.resolve(URI.create("http://10.0.0.1:8080/loa/")));
    }

    @Test
    void resolve_absoluteUrl_ignoresControllerBase() {
        final AudioRef audio = new AudioRef("https://cdn.example/a.mp3", SHA, 10, 0);

        assertEquals(URI.create("https://cdn.example/a.mp3"), audio.resolve(URI.create("http://127.0.0.1:8080")));
    }

    @Test
    void audioRef_ftpUrl_throws() {
        assertThrows(IllegalArgumentException.class, () -> new AudioRef("ftp://x/a.mp3", SHA, 10, 0));
    }
}
