package vn.loa.agent.queue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * What the playback queue does now ({@link PlayQueue#decide}).
 *
 * @param expire  waiting plays whose expiresAt has passed: finish them {@code expired}
 * @param start   the play to start now, or null
 * @param preempt true when {@code start} cuts the play in progress (an emergency breaking in): the cut play is
 *                acked {@code preempted} and waits again
 * @param wakeAt  when to decide again if nothing else happens (the next playAt or expiresAt of a waiting play), or
 *                null when nothing waits
 */
public record Decision(@NotNull List<QueueEntry> expire, @Nullable QueueEntry start, boolean preempt,
        @Nullable Instant wakeAt) {

    public Decision {
        expire = List.copyOf(Objects.requireNonNull(expire, "expire"));
        if (preempt && start == null) {
            throw new IllegalArgumentException("preempt without a play to start");
        }
    }
}
