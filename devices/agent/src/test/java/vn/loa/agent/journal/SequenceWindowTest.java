package vn.loa.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.CommandId;

class SequenceWindowTest {

    @TempDir
    Path dir;

    @Test
    void admits_reorderedWithinWindow_acceptsOnceThenRefusesAnotherCommand() throws Exception {
        final SequenceWindow window = SequenceWindow.open(dir.resolve("sequence.json"));
        window.accept(10, id());
        final CommandId eight = id();

        assertTrue(window.admits(8, eight));
        window.accept(8, eight);

        assertEquals(10, window.highest());
        assertFalse(window.admits(8, id()));
        assertTrue(window.admits(8, eight), "the same command again (redelivery after a crash)");
        assertFalse(window.admits(10, id()));
        assertTrue(window.admits(11, id()));
    }

    @Test
    void admits_atOrBelowWindowEdge_refuses() throws Exception {
        final SequenceWindow window = SequenceWindow.open(dir.resolve("sequence.json"));
        window.accept(100, id());

        assertFalse(window.admits(100 - SequenceWindow.SIZE, id()));
        assertTrue(window.admits(100 - SequenceWindow.SIZE + 1, id()));
    }

    @Test
    void accept_thenReopen_keepsHighestAndUsedSeqs() throws Exception {
        final Path file = dir.resolve("sequence.json");
        final SequenceWindow window = SequenceWindow.open(file);
        window.accept(5, id());
        window.accept(3, id());

        final SequenceWindow reopened = SequenceWindow.open(file);

        assertEquals(5, reopened.highest());
        assertFalse(reopened.admits(3, id()));
        assertFalse(reopened.admits(5, id()));
        assertTrue(reopened.admits(4, id()));
    }

    @Test
    void accept_farAhead_dropsSeqsThatLeftTheWindow() throws Exception {
        final Path file = dir.resolve("sequence.json");
        final SequenceWindow window = SequenceWindow.open(file);
        for (int seq = 1; seq <= 200; seq++) {
            window.accept(seq, id());
        }

        assertEquals(SequenceWindow.SIZE, new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile())
                .get("accepted").size());
        assertThrows(IllegalStateException.class, () -> window.accept(1, id()));
    }

    @Test
    void open_corruptFile_throws() throws Exception {
        final Path file = Files.writeString(dir.resolve("sequence.json"), "{\"highest\":");

        assertThrows(java.io.IOException.class, () -> SequenceWindow.open(file));
    }

    private static CommandId id() {
        return CommandId.of(UUID.randomUUID().toString());
    }
}
