package vn.loa.testbroadcast;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import vn.loa.broadcast.DeliveryState;

/**
 * Why a receiver did not play a test broadcast, derived from its delivery's state and the receiver's presence when
 * the test was due to play. In the API and the CSV: {@code offline}, {@code download-failed}, {@code failed},
 * {@code not-acknowledged}.
 *
 * <ul>
 * <li>{@code played}: nothing to report ({@link #of} answers null).</li>
 * <li>{@code failed} with {@code download-failed…} in the detail (PROTOCOL.md section 9): {@code download-failed}.</li>
 * <li>any other {@code failed}, {@code rejected} or {@code canceled}: {@code failed}, with the receiver's detail.</li>
 * <li>no final report ({@code queued} … {@code playing}, or the controller's own {@code timed-out}/{@code expired}):
 * {@code offline} when the receiver was not connected at play time, else {@code not-acknowledged}.</li>
 * </ul>
 */
public enum MissReason {
    OFFLINE, DOWNLOAD_FAILED, FAILED, NOT_ACKNOWLEDGED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param state   the delivery's state now
     * @param detail  the receiver's detail, or null
     * @param offline whether the receiver was offline when the test was due ({@link #offlineAt})
     * @return null when the receiver played the test
     */
    public static MissReason of(final DeliveryState state, final String detail, final boolean offline) {
        switch (state) {
            case PLAYED:
                return null;
            case FAILED:
                return detail != null && detail.startsWith("download-failed") ? DOWNLOAD_FAILED : FAILED;
            case REJECTED:
            case CANCELED:
                return FAILED;
            default:
                return offline ? OFFLINE : NOT_ACKNOWLEDGED;
        }
    }

    /**
     * Whether a receiver was offline when a test was due: it is not connected now and was last heard before the play
     * time (or never), or it received the command only after the play time (it was unreachable then).
     *
     * @param online     the receiver's presence now
     * @param lastSeenAt when it was last heard, null if never
     * @param receivedAt when it acknowledged receiving the command, null if it did not
     * @param playAt     when the test was due
     */
    public static boolean offlineAt(final boolean online, final Instant lastSeenAt, final Instant receivedAt,
            final Instant playAt) {
        if (receivedAt != null) {
            return receivedAt.isAfter(playAt);
        }
        return !online && (lastSeenAt == null || lastSeenAt.isBefore(playAt));
    }
}
