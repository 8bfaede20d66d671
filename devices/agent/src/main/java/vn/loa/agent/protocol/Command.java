package vn.loa.agent.protocol;

import java.time.Instant;
import org.jetbrains.annotations.NotNull;

/** A command of topic {@code loa/v1/rx/{id}/cmd} (PROTOCOL.md sections 4.1 to 4.1d). */
public sealed interface Command permits PlayCommand, StopCommand, RotateKeyCommand, ReportCommand,
        CancelCommand {

    @NotNull CommandId commandId();

    @NotNull ReceiverId receiverId();

    /** Per-receiver sequence number, &gt;= 1 (section 4.5). */
    long seq();

    @NotNull Instant expiresAt();

    /** The wire {@code type}. */
    @NotNull String type();

    /** @return true if the command may no longer take effect at {@code now} */
    default boolean isExpiredAt(final @NotNull Instant now) {
        return now.isAfter(expiresAt());
    }

    static void requirePositiveSeq(final long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, got " + seq);
        }
    }
}
