package vn.loa.upward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Uptime from the presence history ({@code receiver_presence}, V26): the share of the observed window in which the
 * receiver's online flag was set. The flag is set by a status saying online and cleared by the broker's last will
 * (the connection lost) or an offline status; a receiver that falls silent without either keeps counting as online
 * until the broker notices (its keep-alive). The state when the window opens is the last change before it; when
 * there is none (the history starts with V26), the opposite of the first change after; when the receiver never
 * changed, its current flag.
 */
final class Uptime {

    /** One change of the flag, at a controller time. */
    record Change(Instant at, boolean online) {
    }

    private Uptime() {
    }

    /**
     * @param onlineAtStart the flag when the window opens
     * @param changes       changes inside {@code [start, end)}, oldest first
     */
    static UpwardReport.UptimeLine of(final boolean onlineAtStart, final List<Change> changes, final Instant start,
            final Instant end) {
        if (!end.isAfter(start)) {
            return new UpwardReport.UptimeLine(0, 0, null);
        }
        long onlineMs = 0;
        boolean online = onlineAtStart;
        Instant since = start;
        for (Change c : changes) {
            if (c.at().isBefore(start) || !c.at().isBefore(end)) {
                continue;
            }
            if (online) {
                onlineMs += Duration.between(since, c.at()).toMillis();
            }
            online = c.online();
            since = c.at();
        }
        if (online) {
            onlineMs += Duration.between(since, end).toMillis();
        }
        final long observedMs = Duration.between(start, end).toMillis();
        return new UpwardReport.UptimeLine(observedMs / 1000, onlineMs / 1000, BigDecimal.valueOf(onlineMs)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(observedMs), 1, RoundingMode.HALF_UP));
    }
}
