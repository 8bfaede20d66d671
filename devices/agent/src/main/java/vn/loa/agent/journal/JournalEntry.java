package vn.loa.agent.journal;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;

/**
 * One line of the journal: command {@code commandId} reached {@code step} at {@code at} (receiver clock).
 *
 * @param seq the command's sequence number, written with its first entry (null on later ones), for the digest
 */
public record JournalEntry(
        @NotNull CommandId commandId, @NotNull Step step, @NotNull OffsetDateTime at, @Nullable String detail,
        @Nullable Long seq) {

    public JournalEntry {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
    }

    /** An entry that does not carry the sequence number. */
    public JournalEntry(final @NotNull CommandId commandId, final @NotNull Step step, final @NotNull OffsetDateTime at,
            final @Nullable String detail) {
        this(commandId, step, at, detail, null);
    }
}
