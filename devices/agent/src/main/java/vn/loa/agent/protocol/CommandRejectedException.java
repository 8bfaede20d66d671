package vn.loa.agent.protocol;

import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/** A command the receiver will not run; {@link #detail()} is the ack detail. */
public final class CommandRejectedException extends Exception {

    private final DetailCode code;
    private final @Nullable CommandId commandId;

    public CommandRejectedException(
            final @NotNull DetailCode code, final @Nullable CommandId commandId, final @NotNull String reason) {
        super(reason);
        this.code = code;
        this.commandId = commandId;
    }

    public @NotNull DetailCode code() {
        return code;
    }

    /** The id read from the payload, or null when none could be read (then no ack can be sent). */
    public @Nullable CommandId commandId() {
        return commandId;
    }

    /** @return {@code "<code>: <reason>"} */
    public @NotNull String detail() {
        return code.detail(getMessage());
    }
}
