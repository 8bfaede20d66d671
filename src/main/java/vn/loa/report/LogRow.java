package vn.loa.report;

import java.time.Instant;

/**
 * One line of the broadcast log: what was planned (bulletin, receiver, scheduled time) beside what happened
 * (actual start and finish by the receiver's clock, final state). {@code correctedBy} is the bulletin of the
 * correction ("Đính chính") made for this broadcast, {@code correctionOf} the broadcast this one corrects; both null
 * for most rows.
 */
public record LogRow(long broadcastId, long bulletinId, String bulletinTitle, String receiverId, String receiverName,
        String commune, String village, Instant scheduledAt, Instant startedAt, Instant finishedAt, String state,
        String detail, Instant reportedAt, boolean reportedLate, Long correctedBy, Long correctionOf) {

    /** A row of a broadcast neither corrected nor a correction. */
    public LogRow(final long broadcastId, final long bulletinId, final String bulletinTitle, final String receiverId,
            final String receiverName, final String commune, final String village, final Instant scheduledAt,
            final Instant startedAt, final Instant finishedAt, final String state, final String detail,
            final Instant reportedAt, final boolean reportedLate) {
        this(broadcastId, bulletinId, bulletinTitle, receiverId, receiverName, commune, village, scheduledAt,
                startedAt, finishedAt, state, detail, reportedAt, reportedLate, null, null);
    }
}
