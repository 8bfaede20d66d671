package vn.loa.agent.playback;

import java.time.Instant;
import org.jetbrains.annotations.NotNull;

/** Hooks of one {@link Player#play} call; they run on the playback thread. */
public interface PlaybackListener {

    /**
     * Called with the first frame decoded and the sink open, {@link Player#ARM_LEAD} before the start instant (or
     * at once if that has passed). May block until the play's turn (the playback queue); must not hold up a turn
     * once granted.
     *
     * @return false to skip this playback (e.g. it expired while an earlier one was playing)
     * @throws InterruptedException on shutdown
     */
    boolean mayStart() throws InterruptedException;

    /**
     * The start instant has come, just before the first write: the moment to cut a play this one breaks in on.
     * Must return at once.
     */
    default void startInstant() {
    }

    /** The first PCM was handed to the sink at {@code at}. Must return quickly. */
    void started(@NotNull Instant at);
}
