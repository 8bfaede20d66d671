package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/**
 * Command {@code rotate-key}: trust {@link #newKey()} instead of the key that signed this command (PROTOCOL.md
 * section 4.1b). The announced {@code newKeyId} must be the key id of {@code newPublicKey}.
 */
public record RotateKeyCommand(
        @NotNull CommandId commandId,
        @NotNull ReceiverId receiverId,
        long seq,
        @NotNull Instant expiresAt,
        @NotNull ControllerKey newKey) implements Command {

    public static final String TYPE = "rotate-key";

    public RotateKeyCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(newKey, "newKey");
        Command.requirePositiveSeq(seq);
    }

    /** @throws IllegalArgumentException if {@code newKeyId} is not the key id of {@code newKey} */
    static @NotNull RotateKeyCommand of(final @NotNull CommandId commandId, final @NotNull ReceiverId receiverId,
            final long seq, final @NotNull Instant expiresAt, final @NotNull String newKeyId,
            final @NotNull ControllerKey newKey) {
        if (!newKey.keyId().equals(newKeyId)) {
            throw new IllegalArgumentException("newKeyId " + newKeyId + " does not match newPublicKey (key id "
                    + newKey.keyId() + ")");
        }
        return new RotateKeyCommand(commandId, receiverId, seq, expiresAt, newKey);
    }

    @Override
    public @NotNull String type() {
        return TYPE;
    }
}
