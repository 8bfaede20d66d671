package vn.loa.agent.playback;

import org.jetbrains.annotations.NotNull;

/** The audio could not be decoded or sent to the sink. */
public final class PlaybackException extends Exception {

    public PlaybackException(final @NotNull String message, final Throwable cause) {
        super(message, cause);
    }

    public PlaybackException(final @NotNull String message) {
        super(message);
    }
}
