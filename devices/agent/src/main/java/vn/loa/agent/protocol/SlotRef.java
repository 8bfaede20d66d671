package vn.loa.agent.protocol;

import java.time.Instant;
import java.util.Objects;
import org.jetbrains.annotations.NotNull;

/**
 * Where a play stands in the controller's programme (PROTOCOL.md 4.1f): the slot, its occurrence and the item's place
 * in it, from 0. Informational: the play's own {@code playAt} already puts it on time; the agent logs this.
 */
public record SlotRef(long slotId, @NotNull String name, @NotNull Instant occurrenceAt, int index) {

    public SlotRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occurrenceAt, "occurrenceAt");
        if (slotId < 1) {
            throw new IllegalArgumentException("slot.slotId must be at least 1");
        }
        if (index < 0) {
            throw new IllegalArgumentException("slot.index must not be negative");
        }
    }

    /** {@code slot 7 "Bản tin sáng" 2026-12-06T23:00:00Z #1}, for logs. */
    @Override
    public @NotNull String toString() {
        return "slot " + slotId + " \"" + name + "\" " + occurrenceAt + " #" + index;
    }
}
