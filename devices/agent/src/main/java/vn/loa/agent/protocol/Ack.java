package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Receiver to controller report of one command's state (PROTOCOL.md 4.2).
 *
 * @param at     the receiver's clock when the state was reached, written with millisecond precision and offset
 * @param late   true when the ack waited in the outbox because the link was down (section 8); {@code at} is still
 *               when the state was reached
 * @param detail null, or {@code "<code>: <text>"} (see {@link DetailCode}) for failed, rejected, expired and canceled
 */
public record Ack(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        @NotNull AckState state,
        @NotNull OffsetDateTime at,
        boolean late,
        @Nullable String detail) {

    public Ack {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }

    /** An ack sent as soon as it was made. */
    public Ack(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId, final @NotNull AckState state,
            final @NotNull OffsetDateTime at, final @Nullable String detail) {
        this(commandId, receiverId, state, at, false, detail);
    }

    /** The same ack, flagged as having waited in the outbox. */
    public @NotNull Ack asLate() {
        return late ? this : new Ack(commandId, receiverId, state, at, true, detail);
    }
}
