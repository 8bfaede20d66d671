package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Retained presence message and heartbeat (PROTOCOL.md 4.3). The offline form (also the MQTT last will) carries
 * neither {@code at}, {@code agent} nor health fields.
 *
 * @param health null for no health fields
 */
public record ReceiverStatus(
        @NotNull ReceiverId receiverId,
        boolean online,
        @Nullable OffsetDateTime at,
        @Nullable String agent,
        @Nullable Health health) {

    public ReceiverStatus {
        Objects.requireNonNull(receiverId, "receiverId");
        if (online && (at == null || agent == null)) {
            throw new IllegalArgumentException("an online status needs 'at' and 'agent'");
        }
        if (!online && health != null) {
            throw new IllegalArgumentException("an offline status has no health fields");
        }
    }

    public static @NotNull ReceiverStatus online(
            final @NotNull ReceiverId receiverId, final @NotNull OffsetDateTime at, final @NotNull String agent) {
        return new ReceiverStatus(receiverId, true, at, agent, null);
    }

    /** An online status with health fields: the heartbeat. */
    public static @NotNull ReceiverStatus online(final @NotNull ReceiverId receiverId,
            final @NotNull OffsetDateTime at, final @NotNull String agent, final @Nullable Health health) {
        return new ReceiverStatus(receiverId, true, at, agent, health);
    }

    public static @NotNull ReceiverStatus offline(final @NotNull ReceiverId receiverId) {
        return new ReceiverStatus(receiverId, false, null, null, null);
    }
}
