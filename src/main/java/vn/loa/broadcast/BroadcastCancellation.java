package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.error.ConflictException;
import vn.loa.error.NotFoundException;

/**
 * Withdrawing a scheduled broadcast before it plays (PROTOCOL.md 4.1d). Every delivery that is not final becomes
 * {@code CANCELED} at once: one never sent needs nothing more; one that may have reached the broker gets a signed
 * {@code cancel} command, and the receiver's {@code canceled} ack confirms it later ({@link DeliveryReports}). Who
 * canceled, when and why are kept on the broadcast; the plan itself is not changed.
 */
@ApplicationScoped
public class BroadcastCancellation {

    private static final Logger LOG = Logger.getLogger(BroadcastCancellation.class);

    /** Every state a cancel can still change. */
    static final List<DeliveryState> OPEN = List.of(DeliveryState.QUEUED, DeliveryState.SENT,
            DeliveryState.RECEIVED, DeliveryState.DELIVERED, DeliveryState.PLAYING, DeliveryState.PREEMPTED);

    /**
     * A cancel stays valid at least this long, even when the broadcast's expiresAt is nearer: a playback that
     * began before expiresAt may still be running after it.
     */
    static final Duration MIN_VALIDITY = Duration.ofMinutes(10);

    @Inject
    jakarta.enterprise.event.Event<DeliveryFinished> finished;

    @Inject
    Clock clock;

    @Inject
    CancelSender cancels;

    @Inject
    BroadcastService broadcasts;

    @Inject
    vn.loa.area.AreaGuard guard;

    @Inject
    vn.loa.audit.AuditTrail audit;

    /**
     * @throws NotFoundException no such broadcast
     * @throws ConflictException already canceled ({@code broadcast-canceled}), or every delivery is final already
     *                           ({@code broadcast-finished}: it played, failed or ended on every receiver)
     */
    @Transactional
    public Broadcast cancel(final long id, final String by, final String reason) {
        broadcasts.get(id, by); // 404 when the caller may not see it
        requireAllReceiversWithin(id, by);
        final Broadcast b = Broadcast.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw new NotFoundException("broadcast", id);
        }
        if (b.canceledAt != null) {
            throw new ConflictException("broadcast-canceled", "lượt phát " + id + " đã bị huỷ / broadcast " + id
                    + " was already canceled by " + b.canceledBy + " at " + b.canceledAt);
        }
        // locked like the dispatcher and the reports lock them: a send or an ack in flight waits for us, or we for it
        final List<Delivery> open = Delivery.<Delivery>find("broadcastId = ?1 and state in ?2 order by receiverId",
                id, OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (open.isEmpty()) {
            throw new ConflictException("broadcast-finished", "lượt phát " + id + " đã kết thúc trên mọi loa, "
                    + "không còn gì để huỷ / broadcast " + id
                    + " has ended on every receiver; nothing is left to cancel");
        }
        final Instant now = clock.instant();
        b.canceledBy = by;
        b.canceledAt = now;
        b.cancelReason = reason.strip();
        final Instant cancelExpiresAt = latest(b.expiresAt, now.plus(MIN_VALIDITY)).truncatedTo(ChronoUnit.MILLIS);
        int commands = 0;
        for (Delivery d : open) {
            final String detail;
            // a QUEUED delivery with a seq was numbered for a send whose outcome is not known yet: it may be out
            if (d.state != DeliveryState.QUEUED || d.seq != null) {
                final String cancelId = cancels.queue(by, d.receiverId, d.commandId, cancelExpiresAt);
                detail = "controller: canceled by " + by + "; cancel command " + cancelId
                        + " sent, waiting for the receiver";
                commands++;
            } else {
                detail = "controller: canceled by " + by + " before it was sent";
            }
            d.state = DeliveryState.CANCELED;
            d.detail = detail;
            d.resend = false;
            d.updatedAt = now;
            DeliveryEvent.of(d.id, DeliveryState.CANCELED, null, now, detail).persist();
            finished.fire(new DeliveryFinished(d.id, DeliveryState.CANCELED));
        }
        LOG.infof("broadcast %d canceled by %s: %d delivery(ies), %d cancel command(s)", id, by, open.size(),
                commands);
        audit.record(by, "broadcast.cancelled", "broadcast", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "reason", b.cancelReason, "deliveries", open.size(), "cancelCommands", commands));
        return b;
    }

    /**
     * Whether {@link #cancel} could withdraw this broadcast for {@code by} now, as far as the area and the
     * broadcast's state go (roles are the caller's business): for pages, to show the button only where it works.
     */
    public boolean cancelable(final long id, final String by) {
        final Broadcast b = Broadcast.findById(id);
        return b != null && b.canceledAt == null && receiversOutside(id, by) == 0
                && Delivery.count("broadcastId = ?1 and state in ?2", id, OPEN) > 0;
    }

    /** Whether some delivery of the broadcast has not ended yet: something a cancel would still change. */
    public boolean hasOpenDeliveries(final long id) {
        return Delivery.count("broadcastId = ?1 and state in ?2", id, OPEN) > 0;
    }

    /** A broadcast that also plays outside the caller's area is not theirs to withdraw: 403 outside-area. */
    private void requireAllReceiversWithin(final long id, final String by) {
        final long outside = receiversOutside(id, by);
        if (outside > 0) {
            throw vn.loa.area.AreaGuard.outside(by, "broadcast " + id + " (it also plays on " + outside
                    + " receiver(s) outside your area)");
        }
    }

    /** How many of the broadcast's receivers stand outside the caller's area (1 when they have no area). */
    private long receiversOutside(final long id, final String by) {
        final vn.loa.area.AreaScope scope = guard.scope(by);
        if (scope.everywhere()) {
            return 0;
        }
        return scope.areaIds().isEmpty() ? 1 : Delivery.count("from Delivery d where d.broadcastId = ?1 "
                + "and not exists (select r.id from Receiver r where r.id = d.receiverId and r.areaId in ?2)", id,
                scope.areaIds());
    }

    /** After the transaction: the cancel commands go out now. */
    public void sendSoon() {
        cancels.sendSoon();
    }

    private static Instant latest(final Instant a, final Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
