package vn.loa.agent.journal;

import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;

/**
 * What the journal knows of one command, for the digest (PROTOCOL.md 4.6).
 *
 * @param seq     null if no entry carried it (journals written before the digest existed)
 * @param lastAck the latest entry that has an ack state (never {@link Step#STARTING})
 */
public record KnownCommand(@NotNull CommandId commandId, @Nullable Long seq, @NotNull JournalEntry lastAck) {

    public KnownCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(lastAck, "lastAck");
    }
}
