package vn.loa.agent.journal;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;

/** One line of the journal: command {@code commandId} reached {@code step} at {@code at} (receiver clock). */
public record JournalEntry(
        @NotNull CommandId commandId, @NotNull Step step, @NotNull OffsetDateTime at, @Nullable String detail) {

    public JournalEntry {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
    }
}
