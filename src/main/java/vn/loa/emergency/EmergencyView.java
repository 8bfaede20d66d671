package vn.loa.emergency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import vn.loa.bulletin.Bulletin;

/**
 * An emergency as the API shows it: its bulletin (title, kind), where it stands, and once sent its broadcast.
 * {@code correctionOf} is the broadcast a correction corrects; {@code correctedBy} the correction that corrects this
 * emergency's broadcast.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmergencyView(long id, long bulletinId, String title, String kind, String language,
        EmergencyState state, String sentBy, Instant createdAt, Instant expiresAt, Long broadcastId, Instant sentAt,
        String failure, String rejectionReason, String decidedBy, Long correctionOf, Long correctedBy) {

    static EmergencyView of(final Emergency e, final Bulletin b, final Long correctedBy) {
        final EmergencyState state = EmergencyState.of(e, b);
        return new EmergencyView(e.id, b.id, b.title, b.recorded() ? "recorded" : "text", b.language, state,
                e.sentBy, e.createdAt, e.expiresAt, e.broadcastId, e.sentAt,
                state == EmergencyState.FAILED ? e.failure : null,
                state == EmergencyState.REJECTED ? b.rejectionReason : null, b.decidedBy, e.correctionOf,
                correctedBy);
    }

    /** Nothing more will happen to it by itself: pages stop refreshing. */
    public boolean settled() {
        return state != EmergencyState.WAITING;
    }
}
