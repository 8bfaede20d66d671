package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/**
 * Command {@code cancel}: withdraws the {@code play} command {@code targetCommandId} before it plays, or stops it if
 * it is playing (PROTOCOL.md section 4.1d).
 */
public record CancelCommand(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        long seq,
        @NotNull Instant expiresAt,
        @NotNull CommandId targetCommandId) implements Command {

    public static final String TYPE = "cancel";

    public CancelCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(targetCommandId, "targetCommandId");
        Command.requirePositiveSeq(seq);
        if (targetCommandId.equals(commandId)) {
            throw new IllegalArgumentException("targetCommandId must name another command");
        }
    }

    @Override
    public @NotNull String type() {
        return TYPE;
    }
}
