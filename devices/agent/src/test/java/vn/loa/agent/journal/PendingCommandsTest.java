package vn.loa.agent.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.CommandId;

class PendingCommandsTest {

    private static final CommandId A = CommandId.of("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11");

    @Test
    void save_thenReopen_returnsPayloadAndLeavesNoTempFile(@TempDir final Path dir) throws Exception {
        PendingCommands.open(dir).save(A, "{\"x\":1}".getBytes(StandardCharsets.UTF_8));

        final var all = PendingCommands.open(dir).all();

        assertArrayEquals("{\"x\":1}".getBytes(StandardCharsets.UTF_8), all.get(A));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void delete_savedCommand_isGone(@TempDir final Path dir) throws Exception {
        final PendingCommands pending = PendingCommands.open(dir);
        pending.save(A, new byte[] {1});

        pending.delete(A);

        assertTrue(pending.all().isEmpty());
    }

    @Test
    void all_strayFile_isSkipped(@TempDir final Path dir) throws Exception {
        Files.writeString(dir.resolve("not-a-uuid.json"), "{}");

        assertTrue(PendingCommands.open(dir).all().isEmpty());
    }
}
