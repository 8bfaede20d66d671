package vn.loa.cap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.Delivery;
import vn.loa.broadcast.DeliveryState;
import vn.loa.broadcast.StopSender;
import vn.loa.bulletin.BulletinService;
import vn.loa.error.ConflictException;
import vn.loa.error.LoaException;

/**
 * Withdraws alerts an Update replaces or a Cancel cancels: one still waiting for approval will not be scheduled when
 * approved; a scheduled one is canceled (receivers that have not played it drop it) and stopped on receivers
 * playing it now. Call it outside any transaction: the cancel and stop commands go out after their commits.
 */
@ApplicationScoped
public class CapWithdrawals {

    private static final Logger LOG = Logger.getLogger(CapWithdrawals.class);

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    StopSender stops;

    @Inject
    AuditTrail audit;

    @Inject
    BulletinService bulletins;

    /** The actor of a waiting alert's rejection when its sender withdrew it. */
    public static final String WITHDRAWN_ACTOR = "policy:cap-withdrawn";

    /**
     * @param by    the poster of the Update or Cancel: the cancel and stop act in their name and area
     * @param byId  the Update or Cancel's own record
     * @param state {@code CANCELED} or {@code REPLACED}
     */
    public void withdraw(final List<CapAlert> alerts, final long byId, final CapAlert.State state, final String by) {
        for (CapAlert ref : alerts) {
            final CapAlert a = QuarkusTransaction.requiringNew().call(() -> {
                final CapAlert locked = CapAlert.findById(ref.id, LockModeType.PESSIMISTIC_WRITE);
                if (locked.state != CapAlert.State.WAITING && locked.state != CapAlert.State.BROADCAST) {
                    return null; // ignored, expired or withdrawn already: nothing plays
                }
                final CapAlert.State before = locked.state;
                locked.state = state;
                locked.withdrawnBy = byId;
                if (before == CapAlert.State.WAITING) {
                    // out of the approval queue: nobody should decide on an alert its sender withdrew
                    bulletins.rejectByPolicy(locked.bulletinId, WITHDRAWN_ACTOR, "CAP " + (state
                            == CapAlert.State.REPLACED ? "Update" : "Cancel") + " from " + locked.sender
                            + " withdrew alert " + locked.identifier + " / cảnh báo đã bị người gửi rút lại");
                }
                audit.record(by, "cap.withdrawn", "cap-alert", String.valueOf(locked.id), AuditTrail.json(
                        "identifier", locked.identifier, "sender", locked.sender, "was", before, "now", state,
                        "by", byId, "broadcastId", locked.broadcastId));
                return locked;
            });
            if (a != null && a.broadcastId != null) {
                stopAndCancel(a, by, state);
            }
        }
    }

    /** Cancels the alert's broadcast and stops it where it plays now. */
    void stopAndCancel(final CapAlert a, final String by, final CapAlert.State state) {
        final List<String> playing = QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list(
                "broadcastId = ?1 and state = ?2", a.broadcastId, DeliveryState.PLAYING).stream()
                .map(d -> d.receiverId).toList());
        try {
            cancellation.cancel(a.broadcastId, by, (state == CapAlert.State.REPLACED ? "CAP Update" : "CAP Cancel")
                    + " from " + a.sender + " withdrew alert " + a.identifier);
            cancellation.sendSoon();
        } catch (ConflictException e) {
            LOG.infof("CAP alert %s: broadcast %d not canceled (%s)", a.identifier, a.broadcastId, e.code());
        } catch (LoaException e) {
            LOG.warnf("CAP alert %s: broadcast %d could not be canceled by %s (%s: %s)", a.identifier,
                    a.broadcastId, by, e.code(), e.getMessage());
        }
        if (!playing.isEmpty()) {
            try {
                stops.stop(by, playing);
            } catch (LoaException e) {
                LOG.warnf("CAP alert %s: receivers %s could not be stopped by %s (%s: %s)", a.identifier, playing,
                        by, e.code(), e.getMessage());
            }
        }
    }
}
