package vn.loa.cap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.ImmediateBroadcasts;
import vn.loa.bulletin.BulletinApproved;
import vn.loa.error.LoaException;

/**
 * Sends a CAP alert once its bulletin is approved, by a person from the approval queue or by the area policy: it
 * plays now on the matched areas and receivers, until the alert's {@code expires}, scheduled in the poster's name.
 * An alert withdrawn meanwhile (Update, Cancel) or already expired is not scheduled. Never throws: the approval
 * stands whatever happens here.
 */
@ApplicationScoped
public class CapApprovals {

    private static final Logger LOG = Logger.getLogger(CapApprovals.class);

    @Inject
    ImmediateBroadcasts immediate;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CapWithdrawals withdrawals;

    @Inject
    DispatchConfig dispatch;

    void onApproved(@Observes final BulletinApproved approved) {
        final CapAlert alert = QuarkusTransaction.requiringNew().call(() -> CapAlert.<CapAlert>find(
                "bulletinId = ?1 and state = ?2", approved.bulletinId(), CapAlert.State.WAITING).firstResult());
        if (alert == null) {
            return; // not a CAP alert's bulletin, or one withdrawn while it waited
        }
        try {
            if (alert.expiresAt != null && !alert.expiresAt.isAfter(clock.instant())) {
                finish(alert.id, CapAlert.State.EXPIRED, null, approved.approver());
                return;
            }
            final BroadcastRequest.Targets targets = json.readValue(alert.targets, BroadcastRequest.Targets.class);
            final Broadcast b = immediate.schedule(alert.receivedBy, alert.bulletinId, targets,
                    expiresAt(alert.expiresAt));
            finish(alert.id, CapAlert.State.BROADCAST, b.id, approved.approver());
        } catch (LoaException e) {
            LOG.warnf("CAP alert %s approved by %s was not scheduled: %s %s", alert.identifier, approved.approver(),
                    e.code(), e.getMessage());
            finish(alert.id, "expires-before-play".equals(e.code()) ? CapAlert.State.EXPIRED
                    : CapAlert.State.FAILED, null, approved.approver());
        } catch (Exception e) {
            LOG.errorf(e, "CAP alert %s approved by %s was not scheduled", alert.identifier, approved.approver());
        }
    }

    /**
     * The alert's {@code expires}, within the longest validity a broadcast may have
     * ({@code loa.dispatch.max-validity}); null stays null (the default validity).
     */
    private Instant expiresAt(final Instant expires) {
        if (expires == null) {
            return null;
        }
        final Instant latest = clock.instant().plus(dispatch.maxValidity());
        return expires.isAfter(latest) ? latest : expires;
    }

    private void finish(final long id, final CapAlert.State state, final Long broadcastId, final String approver) {
        final CapAlert withdrawn = QuarkusTransaction.requiringNew().call(() -> {
            final CapAlert a = CapAlert.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (a.state != CapAlert.State.WAITING) {
                // an Update or Cancel came while we scheduled: it found no broadcast to withdraw, so we do
                a.broadcastId = broadcastId;
                return broadcastId == null ? null : a;
            }
            a.state = state;
            a.broadcastId = broadcastId;
            audit.record(approver, "cap.approved", "cap-alert", String.valueOf(id), AuditTrail.json(
                    "identifier", a.identifier, "sender", a.sender, "state", state, "broadcastId", broadcastId,
                    "approvedByPolicy", CapService.POLICY_ACTOR.equals(approver)));
            return null;
        });
        if (withdrawn != null) {
            withdrawals.stopAndCancel(withdrawn, withdrawn.receivedBy, withdrawn.state);
        }
    }
}
