package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/**
 * Command {@code play}: play {@link #audio()} at {@link #playAt()}, never after {@link #expiresAt()}
 * (PROTOCOL.md section 4.1). Instances only exist valid; parse wire bytes with {@link CommandParser}.
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
        @NotNull String title) implements Command {

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

    @Override
    public @NotNull String type() {
        return TYPE;
    }
}
