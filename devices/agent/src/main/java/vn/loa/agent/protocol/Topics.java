package vn.loa.agent.protocol;

import org.jetbrains.annotations.NotNull;

/** The only place that builds topic names (PROTOCOL.md, "Topics"). */
public final class Topics {

    private static final String PREFIX = "loa/v1/rx/";

    private Topics() {
    }

    /** Controller to receiver commands. */
    public static @NotNull String command(final @NotNull ReceiverId receiver) {
        return PREFIX + receiver.value() + "/cmd";
    }

    /** Receiver to controller acks. */
    public static @NotNull String ack(final @NotNull ReceiverId receiver) {
        return PREFIX + receiver.value() + "/ack";
    }

    /** Receiver to controller journal digests (PROTOCOL.md 4.6). */
    public static @NotNull String digest(final @NotNull ReceiverId receiver) {
        return PREFIX + receiver.value() + "/digest";
    }

    /** Receiver presence and heartbeat, retained. */
    public static @NotNull String status(final @NotNull ReceiverId receiver) {
        return PREFIX + receiver.value() + "/status";
    }
}
