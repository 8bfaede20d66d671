package vn.loa.testbroadcast;

import java.time.Instant;
import java.util.List;

/**
 * What one test broadcast found: of {@code targeted} receivers {@code played} played it; every other one is in
 * {@code missed} with its {@link MissReason}. {@code complete} is false while the test may still play somewhere (its
 * validity has not run out and some delivery has no final report): the reasons are then provisional.
 */
public record TestReport(long broadcastId, long areaId, String areaPath, Instant playAt, Instant expiresAt,
        boolean complete, int targeted, int played, List<Missed> missed) {

    /**
     * A receiver that did not play the test.
     *
     * @param state  the delivery's state ({@code QUEUED} … {@code CANCELED})
     * @param detail the receiver's own detail, if it sent one
     */
    public record Missed(String receiverId, String name, String village, String commune, MissReason reason,
            String state, String detail) {
    }
}
