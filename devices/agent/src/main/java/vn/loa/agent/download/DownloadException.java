package vn.loa.agent.download;

import org.jetbrains.annotations.NotNull;

/** The audio could not be made available: either it was never fetched in time, or it is not the right file. */
public final class DownloadException extends Exception {

    /** Why the download ended. */
    public enum Kind {
        /** Retried until the deadline, in vain. */
        GAVE_UP,
        /** The file does not match {@code audio.sha256} / {@code audio.bytes}: it must never be played. */
        CONTENT_MISMATCH
    }

    private final Kind kind;

    DownloadException(final @NotNull Kind kind, final @NotNull String message) {
        super(message);
        this.kind = kind;
    }

    public @NotNull Kind kind() {
        return kind;
    }
}
