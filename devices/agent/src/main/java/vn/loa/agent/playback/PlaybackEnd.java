package vn.loa.agent.playback;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/**
 * How one {@link Player#play} call ended.
 *
 * @param at when the output drained ({@link Kind#FINISHED}), went silent ({@link Kind#STOPPED}), or when the
 *           playback was skipped ({@link Kind#SKIPPED})
 */
public record PlaybackEnd(@NotNull Kind kind, @NotNull Instant at) {

    public enum Kind {
        /** Played to the end. */
        FINISHED,
        /** {@link PlaybackListener#mayStart()} said no: nothing was played. */
        SKIPPED,
        /** {@link Player#stop()} cut it short. */
        STOPPED
    }

    public PlaybackEnd {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
