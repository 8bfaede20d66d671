package vn.loa.upward;

import java.time.Instant;

/**
 * One delivery that has just reached a final state, as pushed to targets that asked for results
 * ({@code src/main/resources/upward/upward-result.schema.json}).
 */
public record FinalResult(int version, long deliveryId, long broadcastId, long bulletinId, String bulletinTitle,
        String receiverId, String commune, String village, Instant plannedAt, String state, Instant startedAt,
        Instant finishedAt, Instant reportedAt, boolean reportedLate, String detail) {
}
