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
 * @param detail   null, or {@code "<code>: <text>"} (see {@link DetailCode}) for failed, rejected, expired and
 *                 canceled
 * @param verified false for a refusal made before the command's signature verified (PROTOCOL.md 4.2, 7): the
 *                 receiver cannot know the command is genuine, so the ack is no state of that commandId
 */
public record Ack(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        @NotNull AckState state,
        @NotNull OffsetDateTime at,
        boolean late,
        @Nullable String detail,
        boolean verified) {

    public Ack {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        if (!verified && state != AckState.REJECTED) {
            throw new IllegalArgumentException("only a rejected ack can be unverified");
        }
    }

    /** A verified ack. */
    public Ack(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId, final @NotNull AckState state,
            final @NotNull OffsetDateTime at, final boolean late, final @Nullable String detail) {
        this(commandId, receiverId, state, at, late, detail, true);
    }

    /** A {@code rejected} ack for a message whose signature did not verify, sent as soon as it was made. */
    public static @NotNull Ack unverified(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId,
            final @NotNull OffsetDateTime at, final @NotNull String detail) {
        return new Ack(commandId, receiverId, AckState.REJECTED, at, false, detail, false);
    }

    /** A verified ack sent as soon as it was made. */
    public Ack(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId, final @NotNull AckState state,
            final @NotNull OffsetDateTime at, final @Nullable String detail) {
        this(commandId, receiverId, state, at, false, detail);
    }

    /** The same ack, flagged as having waited in the outbox. */
    public @NotNull Ack asLate() {
        return late ? this : new Ack(commandId, receiverId, state, at, true, detail, verified);
    }
}
