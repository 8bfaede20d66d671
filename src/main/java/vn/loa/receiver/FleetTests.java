package vn.loa.receiver;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the fleet shows of test broadcasts (issue 10 item 5): the port this feature owns and {@code testbroadcast}
 * implements, so the dependency runs one way (as {@code broadcast}'s ports do).
 */
public interface FleetTests {

    /** The flag on a receiver whose last test did not play. */
    String FLAG = "failed-test";

    /** For each of these receivers whose last settled test did not play, the reason code ({@code offline} …). */
    Map<String, String> failedLastTest(Collection<String> receiverIds);

    /** The latest test of each area within the user's, newest first. */
    List<Latest> latest(String username);

    /** One test: {@code played} of {@code targeted} played; {@code complete} false while it may still play. */
    record Latest(long broadcastId, String areaPath, Instant playAt, boolean complete, int played, int targeted,
            List<Miss> missed) {
    }

    /** A receiver that did not play it, with the reason code and the receiver's own detail. */
    record Miss(String receiverId, String name, String reason, String detail) {
    }
}
