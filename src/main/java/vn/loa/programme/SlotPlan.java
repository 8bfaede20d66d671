package vn.loa.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The timing of one slot occurrence's playlist: each item starts when the one before has ended plus the slot's pause,
 * the first at the occurrence's start. Pure arithmetic in milliseconds; {@link #of} refuses a playlist that does not
 * fit the slot's length with the overrun in whole seconds (rounded up: 0.2 s too long is 1 s over).
 *
 * @param playAts when each item starts, in order
 * @param totalMs items and the pauses between them (none before the first or after the last)
 */
public record SlotPlan(Instant occurrenceAt, List<Instant> playAts, long totalMs, long lengthMs) {

    public SlotPlan {
        playAts = Collections.unmodifiableList(new ArrayList<>(playAts));
    }

    /**
     * @param durationsMs each item's audio length, in playing order
     * @throws SlotOverrun when items and pauses last longer than {@code length}
     */
    public static SlotPlan of(final Instant occurrenceAt, final Duration length, final Duration pause,
            final List<Long> durationsMs) {
        final List<Instant> at = new ArrayList<>(durationsMs.size());
        long offset = 0;
        for (int i = 0; i < durationsMs.size(); i++) {
            if (i > 0) {
                offset += pause.toMillis();
            }
            at.add(occurrenceAt.plusMillis(offset));
            offset += durationsMs.get(i);
        }
        final SlotPlan plan = new SlotPlan(occurrenceAt, at, offset, length.toMillis());
        if (offset > length.toMillis()) {
            throw new SlotOverrun(plan.overrunSeconds(), offset, length);
        }
        return plan;
    }

    /** Whole seconds the playlist is too long by, 0 when it fits. */
    public long overrunSeconds() {
        final long over = totalMs - lengthMs;
        return over <= 0 ? 0 : (over + 999) / 1000;
    }

    /** Whole seconds still free in the slot (rounded down). */
    public long freeSeconds() {
        return Math.max(0, (lengthMs - totalMs) / 1000);
    }

    /** When the last item ends: the occurrence's start with nothing placed. */
    public Instant end() {
        return occurrenceAt.plusMillis(totalMs);
    }
}
