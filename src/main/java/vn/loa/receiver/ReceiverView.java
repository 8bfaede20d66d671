package vn.loa.receiver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A receiver as the API shows it, with its last heartbeat and the flags an operator should act on:
 * {@code offline}, {@code clock-skew}, {@code on-battery}, {@code low-battery}, {@code on-reserve} (off mains and
 * below the battery reserve it reports: it skips routine plays, PROTOCOL.md 8.1), {@code failed-test} (its last
 * test broadcast did not play, {@link FleetTests}); and where it stands (null when
 * unknown).
 */
public record ReceiverView(String id, String name, Long areaId, String village, String commune, boolean online,
        Instant lastSeenAt, String agent, Instant createdAt, Health health, List<String> flags, Position position) {

    /** The last heartbeat's health fields; null ones were not reported. */
    public record Health(Instant reportedAt, String firmware, String powerSource, Integer batteryPercent,
            Integer signalDbm, Integer volumePercent, Long storageFreeBytes, Integer queuedCommands,
            Long clockOffsetMs, Integer batteryReservePercent) {
    }

    static ReceiverView of(final Receiver r, final FleetConfig fleet, final Instant now) {
        final List<String> flags = new ArrayList<>();
        if (!r.online || r.lastSeenAt == null || r.lastSeenAt.isBefore(now.minus(fleet.offlineAfter()))) {
            flags.add("offline");
        }
        if (r.clockOffsetMs != null && Math.abs(r.clockOffsetMs) > fleet.maxClockOffset().toMillis()) {
            flags.add("clock-skew");
        }
        if ("battery".equals(r.powerSource)) {
            flags.add("on-battery");
        }
        if (r.batteryPercent != null && r.batteryPercent < fleet.lowBatteryPercent()) {
            flags.add("low-battery");
        }
        if (onReserve(r)) {
            flags.add("on-reserve");
        }
        final Health health = new Health(r.statusAt, r.firmware, r.powerSource, r.batteryPercent, r.signalDbm,
                r.volumePercent, r.storageFreeBytes, r.queuedCommands, r.clockOffsetMs, r.batteryReservePercent);
        return new ReceiverView(r.id, r.name, r.areaId, r.village, r.commune, r.online, r.lastSeenAt, r.agent, r.createdAt,
                health, List.copyOf(flags), r.latitude == null || r.longitude == null ? null
                        : new Position(r.latitude, r.longitude));
    }

    /** This view with one more flag (the flags another feature knows, such as {@link FleetTests#FLAG}). */
    ReceiverView withFlag(final String flag) {
        final List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new ReceiverView(id, name, areaId, village, commune, online, lastSeenAt, agent, createdAt, health,
                List.copyOf(more), position);
    }

    /** The agent's own rule (PROTOCOL.md 8.1): off mains, with a known level below the reserve it reports. */
    static boolean onReserve(final Receiver r) {
        return r.powerSource != null && !"mains".equals(r.powerSource) && r.batteryPercent != null
                && r.batteryReservePercent != null && r.batteryPercent < r.batteryReservePercent;
    }
}
