package vn.loa.receiver;

import java.time.Duration;
import java.time.Instant;

/**
 * Estimates how far a receiver's clock is from the controller's (PROTOCOL.md 4.3), from one timestamp each way:
 * down, the receiver's receive time minus the command's issue time (offset + delay down); up, the heartbeat's
 * send time minus its arrival (offset − delay up). Their mean cancels the delays when they are alike. Positive:
 * the receiver's clock is ahead.
 */
public final class ClockOffset {

    /** A downward sample older than this says little about the link now; then only the upward one is used. */
    static final Duration FRESH = Duration.ofMinutes(10);

    private ClockOffset() {
    }

    /**
     * @param sentAt heartbeat time by the receiver's clock
     * @param arrivedAt heartbeat arrival by the controller's clock
     * @param commandIssuedAt issue time of the receiver's last command (controller clock), or null
     * @param commandReceivedAt when the receiver got that command (receiver clock), or null
     */
    public static long estimateMillis(final Instant sentAt, final Instant arrivedAt, final Instant commandIssuedAt,
            final Instant commandReceivedAt) {
        final long up = Duration.between(arrivedAt, sentAt).toMillis();
        if (commandIssuedAt == null || commandReceivedAt == null
                || Duration.between(commandReceivedAt, sentAt).compareTo(FRESH) > 0) {
            return up;
        }
        final long down = Duration.between(commandIssuedAt, commandReceivedAt).toMillis();
        return Math.round((up + down) / 2.0);
    }
}
