package vn.loa.emergency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import vn.loa.broadcast.Broadcast;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.Priority;
import vn.loa.web.Ui;

/**
 * What the broadcast page shows of corrections ({@code {inject:corrections...}}): the "Đính chính" button on an
 * emergency broadcast not yet corrected, for staff and approvers, and the links both ways between a broadcast and
 * its correction.
 */
@Named("corrections")
@RequestScoped
public class CorrectionLinks {

    @Inject
    EmergencyService service;

    @Inject
    Ui ui;

    /** Whether the user may correct this broadcast from its page. */
    @Transactional
    public boolean offered(final long broadcastId) {
        if (!ui.staff() && !ui.approver()) {
            return false;
        }
        final Broadcast b = Broadcast.findById(broadcastId);
        final Bulletin bulletin = b == null ? null : Bulletin.findById(b.bulletinId);
        return bulletin != null && bulletin.priority == Priority.EMERGENCY
                && service.correctionOf(broadcastId).isEmpty();
    }

    /** The correction emergency made for this broadcast, or null. */
    public Long correctedBy(final long broadcastId) {
        return service.correctionOf(broadcastId).map(e -> e.id).orElse(null);
    }

    /** The broadcast this one corrects (it plays a correction), or null. */
    public Long corrects(final long broadcastId) {
        return service.ofBroadcast(broadcastId).map(e -> e.correctionOf).orElse(null);
    }
}
