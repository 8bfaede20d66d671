package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Receiver to controller report of one command's state (PROTOCOL.md, "ack").
 *
 * @param at     the receiver's clock when the state was reached, written with millisecond precision and offset
 * @param detail null, or {@code "<code>: <text>"} (see {@link DetailCode}) for failed, rejected, expired and canceled
 */
public record Ack(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        @NotNull AckState state,
        @NotNull OffsetDateTime at,
        @Nullable String detail) {

    public Ack {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }
}
