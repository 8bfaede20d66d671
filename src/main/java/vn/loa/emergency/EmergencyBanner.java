package vn.loa.emergency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.loa.web.Ui;

/**
 * The approvers' banner "N tin khẩn cấp chờ duyệt" on every page ({@code {inject:emergencyBanner.waiting}} in the
 * layout): emergencies waiting for a decision in the approver's area, counted at most once a request, and only for
 * approvers.
 */
@Named("emergencyBanner")
@RequestScoped
public class EmergencyBanner {

    @Inject
    EmergencyService service;

    @Inject
    Ui ui;

    private Long waiting;

    public long waiting() {
        if (waiting == null) {
            waiting = ui.loggedIn() && ui.approver() ? service.waitingFor(ui.user()) : 0L;
        }
        return waiting;
    }
}
