package vn.loa.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.protocol.CommandId;

class JournalTest {

    private static final CommandId A = CommandId.of("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11");
    private static final CommandId B = CommandId.of("1f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e12");
    private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-06T13:30:00.004+07:00");

    @TempDir
    Path dir;

    @Test
    void open_afterAppends_reloadsLastStepOfEachCommand() throws Exception {
        final Path file = dir.resolve("journal.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(new JournalEntry(A, Step.RECEIVED, T, null));
            journal.append(new JournalEntry(A, Step.PLAYED, T.plusSeconds(5), null));
            journal.append(new JournalEntry(B, Step.REJECTED, T, "sha256-mismatch: x"));
        }

        try (Journal reloaded = Journal.open(file)) {
            assertEquals(new JournalEntry(A, Step.PLAYED, T.plusSeconds(5), null), reloaded.last(A).orElseThrow());
            assertEquals("sha256-mismatch: x", reloaded.last(B).orElseThrow().detail());
        }
    }

    @Test
    void appendIfFirst_knownCommand_returnsExistingAndWritesNothing() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.jsonl"))) {
            journal.append(new JournalEntry(A, Step.RECEIVED, T, null));

            final var existing = journal.appendIfFirst(new JournalEntry(A, Step.REJECTED, T, "x"));

            assertEquals(Step.RECEIVED, existing.orElseThrow().step());
            assertEquals(Step.RECEIVED, journal.last(A).orElseThrow().step());
        }
        assertEquals(1, Files.readAllLines(dir.resolve("journal.jsonl")).size());
    }

    @Test
    void open_tornLastLine_skipsItAndKeepsAppending() throws Exception {
        final Path file = dir.resolve("journal.jsonl");
        try (Journal journal = Journal.open(file)) {
            journal.append(new JournalEntry(A, Step.RECEIVED, T, null));
        }
        Files.writeString(file, "{\"commandId\":\"1f8e2b8a-3c51", StandardOpenOption.APPEND);

        try (Journal journal = Journal.open(file)) {
            assertTrue(journal.last(B).isEmpty());
            journal.append(new JournalEntry(B, Step.RECEIVED, T, null));
        }

        try (Journal journal = Journal.open(file)) {
            assertEquals(Step.RECEIVED, journal.last(A).orElseThrow().step());
            assertEquals(Step.RECEIVED, journal.last(B).orElseThrow().step());
        }
    }
}
