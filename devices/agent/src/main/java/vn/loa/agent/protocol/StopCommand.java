package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/** Command {@code stop}: the operator's kill switch for the playback in progress (PROTOCOL.md section 4.1a). */
public record StopCommand(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        long seq,
        @NotNull Instant expiresAt) implements Command {

    public static final String TYPE = "stop";

    public StopCommand {
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
