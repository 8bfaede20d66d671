package vn.loa.agent.queue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.DetailCode;

/**
 * What the playback queue does now ({@link PlayQueue#decide}).
 *
 * @param expire  waiting plays whose expiresAt has passed: finish them {@code expired}
 * @param start   the play to start now, or null
 * @param refuse  waiting plays a gate holds back now (quiet hours, battery reserve): finish them {@code failed}
 *                with the refusal's detail, never started
 * @param preempt true when {@code start} cuts the play in progress (an emergency breaking in): the cut play is
 *                acked {@code preempted} and waits again
 * @param wakeAt  when to decide again if nothing else happens (the next playAt or expiresAt of a waiting play), or
 *                null when nothing waits
 */
public record Decision(@NotNull List<QueueEntry> expire, @NotNull List<Refusal> refuse, @Nullable QueueEntry start,
        boolean preempt, @Nullable Instant wakeAt) {

    public Decision {
        expire = List.copyOf(Objects.requireNonNull(expire, "expire"));
        refuse = List.copyOf(Objects.requireNonNull(refuse, "refuse"));
        if (preempt && start == null) {
            throw new IllegalArgumentException("preempt without a play to start");
        }
    }

    /** True when {@code entry} is refused by this decision. */
    public boolean refuses(final @NotNull QueueEntry entry) {
        return refusalOf(entry) != null;
    }

    /** The refusal of {@code entry}, or null. */
    public @Nullable Refusal refusalOf(final @NotNull QueueEntry entry) {
        return refuse.stream().filter(r -> r.entry().equals(entry)).findFirst().orElse(null);
    }

    /**
     * A play a gate holds back.
     *
     * @param code {@link DetailCode#QUIET_HOURS} or {@link DetailCode#BATTERY_RESERVE}
     * @param text the human part of the ack's detail
     */
    public record Refusal(@NotNull QueueEntry entry, @NotNull DetailCode code, @NotNull String text) {

        public Refusal {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
        }

        /** {@code "<code>: <text>"}, the ack's detail. */
        public @NotNull String detail() {
            return code.detail(text);
        }
    }
}
