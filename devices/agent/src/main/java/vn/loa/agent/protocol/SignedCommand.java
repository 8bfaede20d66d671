package vn.loa.agent.protocol;

import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * A parsed command with what its signature covers (PROTOCOL.md section 4.4). Not yet verified: that is the trust
 * feature's job.
 *
 * @param canonical the canonical form built from the payload's values, UTF-8
 * @param issuedAt  {@code issuedAt} exactly as sent (reported back in the heartbeat, PROTOCOL.md 4.3)
 * @param keyId     null if the payload had none (then the command is unsigned)
 * @param sig       base64 signature as sent, null if the payload had none
 * @param parts     further signed parts of the command (a play's {@code quietHours}, section 4.1e), each verified by
 *                  the same key as the command; empty for a v1 command
 */
public record SignedCommand(
        @NotNull Command command, byte @NotNull [] canonical, @NotNull String issuedAt, @Nullable String keyId,
        @Nullable String sig, @NotNull java.util.List<Part> parts) {

    public SignedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(issuedAt, "issuedAt");
        parts = java.util.List.copyOf(parts);
    }

    public SignedCommand(final @NotNull Command command, final byte @NotNull [] canonical,
            final @NotNull String issuedAt, final @Nullable String keyId, final @Nullable String sig) {
        this(command, canonical, issuedAt, keyId, sig, java.util.List.of());
    }

    /**
     * A signed part inside a command, with a signature of its own (so that a v1 receiver, which ignores the part,
     * still verifies the command's own signature).
     *
     * @param name      the part's field, for messages
     * @param canonical the text its {@code sig} covers, UTF-8
     * @param sig       base64 signature as sent
     */
    public record Part(@NotNull String name, byte @NotNull [] canonical, @NotNull String sig) {

        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(sig, "sig");
        }
    }
}
