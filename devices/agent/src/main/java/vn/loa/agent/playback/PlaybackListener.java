package vn.loa.agent.playback;

import java.time.Instant;
import org.jetbrains.annotations.NotNull;

/** Hooks of one {@link Player#play} call; both run on the playback thread and must return quickly. */
public interface PlaybackListener {

    /**
     * Called with the speaker held, the first frame decoded and the sink open, {@link Player#ARM_LEAD} before the
     * start instant (or at once if that has passed).
     *
     * @return false to skip this playback (e.g. it expired while an earlier one was playing)
     */
    boolean mayStart();

    /** The first PCM was handed to the sink at {@code at}. */
    void started(@NotNull Instant at);
}
