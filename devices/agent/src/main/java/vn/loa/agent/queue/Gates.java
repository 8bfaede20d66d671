package vn.loa.agent.queue;

import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.Health;

/**
 * What the receiver knows of its own state when the queue decides (PROTOCOL.md 8.1, rules 7 and 8): its last power
 * reading and the battery reserve it keeps.
 *
 * @param power          the last power reading of the health command, null when none was made (no battery gate)
 * @param reservePercent below this battery level, off mains, routine plays are skipped; 0 keeps no reserve
 */
public record Gates(@Nullable Health.Power power, int reservePercent) {

    /** No reading: nothing is held back for the battery. */
    public static final Gates NONE = new Gates(null, 0);

    public Gates {
        if (reservePercent < 0 || reservePercent > 100) {
            throw new IllegalArgumentException("reservePercent must be 0..100, got " + reservePercent);
        }
    }

    /**
     * Running on the reserve: not on mains, with a known battery level below {@link #reservePercent}. A reading
     * without a level (a box that cannot tell) never counts as the reserve.
     */
    public boolean onReserve() {
        return power != null && !"mains".equals(power.source()) && power.batteryPercent() != null
                && power.batteryPercent() < reservePercent;
    }

    /** For the ack's detail: {@code battery 25 % (battery), reserve 30 %}. */
    @NotNull String describe() {
        return "battery " + (power == null ? "?" : power.batteryPercent()) + " % ("
                + (power == null ? "?" : power.source()) + "), reserve " + reservePercent + " %";
    }
}
