package vn.loa.report;

import java.time.Instant;

/**
 * One line of the broadcast log: what was planned (bulletin, receiver, scheduled time) beside what happened
 * (actual start and finish by the receiver's clock, final state).
 */
public record LogRow(long broadcastId, long bulletinId, String bulletinTitle, String receiverId, String receiverName,
        String commune, String village, Instant scheduledAt, Instant startedAt, Instant finishedAt, String state,
        String detail, Instant reportedAt, boolean reportedLate) {
}
