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
 */
public record SignedCommand(
        @NotNull Command command, byte @NotNull [] canonical, @NotNull String issuedAt, @Nullable String keyId,
        @Nullable String sig) {

    public SignedCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
