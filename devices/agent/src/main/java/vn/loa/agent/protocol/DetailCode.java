package vn.loa.agent.protocol;

import org.jetbrains.annotations.NotNull;

/**
 * Machine-readable prefix of an ack {@code detail}: {@code "<code>: <human text>"} (PROTOCOL.md, "Detail codes").
 */
public enum DetailCode {
    UNSIGNED("unsigned"),
    UNKNOWN_KEY("unknown-key"),
    BAD_SIGNATURE("bad-signature"),
    OLD_SEQUENCE("old-sequence"),
    REPLAYED_ID("replayed-id"),
    INVALID_COMMAND("invalid-command"),
    WRONG_RECEIVER("wrong-receiver"),
    UNKNOWN_TYPE("unknown-type"),
    SHA256_MISMATCH("sha256-mismatch"),
    DOWNLOAD_FAILED("download-failed"),
    PLAYBACK_FAILED("playback-failed"),
    PLAYBACK_INTERRUPTED("playback-interrupted"),
    STORAGE_FAILED("storage-failed"),
    STOPPED("stopped"),
    WITHDRAWN("withdrawn"),
    PREEMPTED("preempted"),
    EXPIRED("expired"),
    QUIET_HOURS("quiet-hours"),
    BATTERY_RESERVE("battery-reserve");

    private final String code;

    DetailCode(final String code) {
        this.code = code;
    }

    public @NotNull String code() {
        return code;
    }

    /** @return {@code "<code>: <text>"} */
    public @NotNull String detail(final @NotNull String text) {
        return code + ": " + text;
    }
}
