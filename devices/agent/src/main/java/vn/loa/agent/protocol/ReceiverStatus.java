package vn.loa.agent.protocol;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Retained presence message (PROTOCOL.md, "status"). The offline form (also the MQTT last will) carries neither
 * {@code at} nor {@code agent}.
 */
public record ReceiverStatus(
        @NotNull ReceiverId receiverId,
        boolean online,
        @Nullable OffsetDateTime at,
        @Nullable String agent) {

    public ReceiverStatus {
        Objects.requireNonNull(receiverId, "receiverId");
        if (online && (at == null || agent == null)) {
            throw new IllegalArgumentException("an online status needs 'at' and 'agent'");
        }
    }

    public static @NotNull ReceiverStatus online(
            final @NotNull ReceiverId receiverId, final @NotNull OffsetDateTime at, final @NotNull String agent) {
        return new ReceiverStatus(receiverId, true, at, agent);
    }

    public static @NotNull ReceiverStatus offline(final @NotNull ReceiverId receiverId) {
        return new ReceiverStatus(receiverId, false, null, null);
    }
}
