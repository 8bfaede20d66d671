package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.loa.receiver.Receiver;

/**
 * Applies receivers' reports to deliveries. Idempotent: the delivery row is locked, and each (delivery, state)
 * is recorded at most once (a unique key backs this up), so a redelivered QoS 1 message changes nothing.
 */
@ApplicationScoped
public class DeliveryReports {

    /** A report arriving this long after the event (by the receiver's corrected clock) counts as late. */
    static final Duration LATE_AFTER = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    /**
     * @param late the receiver says the report waited in its outbox (or it comes from a digest)
     */
    @Transactional
    public ReportOutcome record(final String commandId, final String receiverId, final DeliveryState state,
            final Instant receiverAt, final String detail, final boolean late) {
        final Delivery d = Delivery.find("commandId", commandId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (d == null) {
            return ReportOutcome.UNKNOWN_COMMAND;
        }
        if (!d.receiverId.equals(receiverId)) {
            return ReportOutcome.WRONG_RECEIVER;
        }
        final Instant now = clock.instant();
        final boolean reportedLate = late || arrivedLate(receiverId, receiverAt, now);
        if (state == DeliveryState.CANCELED) {
            final DeliveryEvent own = DeliveryEvent.<DeliveryEvent>find(
                    "deliveryId = ?1 and state = ?2 and receiverAt is null", d.id, state).firstResult();
            if (own != null) {
                return confirmCancel(d, own, receiverAt, detail, reportedLate, now);
            }
        }
        if (DeliveryEvent.count("deliveryId = ?1 and state = ?2", d.id, state) > 0) {
            return ReportOutcome.DUPLICATE;
        }
        final DeliveryEvent event = DeliveryEvent.of(d.id, state, receiverAt, now, detail);
        event.reportedLate = reportedLate;
        event.persist();
        final boolean moved = d.apply(state, receiverAt, detail, now);
        if (moved && state.isFinal()) {
            d.reportedLate = reportedLate;
        }
        return moved ? ReportOutcome.APPLIED : ReportOutcome.STALE;
    }

    /**
     * The receiver confirms a cancel the controller recorded itself (PROTOCOL.md 4.1d): the controller's event gets
     * the receiver's time and detail ({@code withdrawn: cancel command …}); the delivery, unless a report of what
     * really happened replaced it meanwhile, takes them too.
     */
    private static ReportOutcome confirmCancel(final Delivery d, final DeliveryEvent own, final Instant receiverAt,
            final String detail, final boolean reportedLate, final Instant now) {
        final String text = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        own.receiverAt = receiverAt;
        own.detail = text;
        own.reportedLate = reportedLate;
        if (d.state != DeliveryState.CANCELED) {
            return ReportOutcome.STALE;
        }
        d.finishedAt = receiverAt;
        d.detail = text;
        d.reportedAt = now;
        d.reportedLate = reportedLate;
        d.updatedAt = now;
        return ReportOutcome.APPLIED;
    }

    /** True when this command is a delivery the controller sent to this receiver. */
    @Transactional
    public boolean sentTo(final String commandId, final String receiverId) {
        return Delivery.count("commandId = ?1 and receiverId = ?2", commandId, receiverId) > 0;
    }

    private static boolean arrivedLate(final String receiverId, final Instant receiverAt, final Instant now) {
        final Receiver r = Receiver.findById(receiverId);
        final long offset = r == null || r.clockOffsetMs == null ? 0 : r.clockOffsetMs;
        return Duration.between(receiverAt.minusMillis(offset), now).compareTo(LATE_AFTER) > 0;
    }
}
