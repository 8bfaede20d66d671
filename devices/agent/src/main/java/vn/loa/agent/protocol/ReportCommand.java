package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/** Command {@code report}: publish the journal digest now (PROTOCOL.md sections 4.1c and 4.6). */
public record ReportCommand(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        long seq,
        @NotNull Instant expiresAt) implements Command {

    public static final String TYPE = "report";

    public ReportCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Command.requirePositiveSeq(seq);
    }

    @Override
    public @NotNull String type() {
        return TYPE;
    }
}
