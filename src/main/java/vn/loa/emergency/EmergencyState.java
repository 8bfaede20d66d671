package vn.loa.emergency;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;

/**
 * Where an emergency stands, read from its bulletin and its broadcast. On the API: {@code waiting} (for approval),
 * {@code sent} (a broadcast plays it), {@code rejected} (the approver sent it back: it is never sent unless edited,
 * resubmitted and approved), {@code failed} (approved, but the broadcast could not be made).
 */
public enum EmergencyState {
    WAITING, SENT, REJECTED, FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EmergencyState of(final Emergency e, final Bulletin b) {
        if (e.broadcastId != null) {
            return SENT;
        }
        if (b.state == BulletinState.REJECTED) {
            return REJECTED;
        }
        return e.failure != null && b.state == BulletinState.APPROVED ? FAILED : WAITING;
    }
}
