package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Command {@code play}: play {@link #audio()} at {@link #playAt()}, never after {@link #expiresAt()}
 * (PROTOCOL.md section 4.1). Instances only exist valid; parse wire bytes with {@link CommandParser}.
 *
 * @param quietHours the area's quiet hours the controller signed into the command (4.1e), null when it sent none
 * @param slot       the play's place in a programme slot, signed into the command (4.1f), null outside a slot
 */
public record PlayCommand(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        long seq,
        long broadcastId,
        @NotNull AudioRef audio,
        @NotNull Instant playAt,
        @NotNull Instant expiresAt,
        @NotNull Priority priority,
        @NotNull String title,
        @Nullable QuietHours quietHours,
        @Nullable SlotRef slot) implements Command {

    public static final String TYPE = "play";

    public PlayCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(playAt, "playAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(title, "title");
        Command.requirePositiveSeq(seq);
        if (expiresAt.isBefore(playAt)) {
            throw new IllegalArgumentException("expiresAt " + expiresAt + " is before playAt " + playAt);
        }
    }

    /** A play without quiet hours (a v1 controller's). */
    public PlayCommand(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId, final long seq,
            final long broadcastId, final @NotNull AudioRef audio, final @NotNull Instant playAt,
            final @NotNull Instant expiresAt, final @NotNull Priority priority, final @NotNull String title) {
        this(commandId, receiverId, seq, broadcastId, audio, playAt, expiresAt, priority, title, null, null);
    }

    /** A play outside a programme slot. */
    public PlayCommand(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId, final long seq,
            final long broadcastId, final @NotNull AudioRef audio, final @NotNull Instant playAt,
            final @NotNull Instant expiresAt, final @NotNull Priority priority, final @NotNull String title,
            final @Nullable QuietHours quietHours) {
        this(commandId, receiverId, seq, broadcastId, audio, playAt, expiresAt, priority, title, quietHours, null);
    }

    @Override
    public @NotNull String type() {
        return TYPE;
    }
}
