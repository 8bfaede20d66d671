package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies receivers' reports to deliveries. Idempotent: the delivery row is locked, and each (delivery, state)
 * is recorded at most once (a unique key backs this up), so a redelivered QoS 1 message changes nothing.
 */
@ApplicationScoped
public class DeliveryReports {

    @Inject
    Clock clock;

    @Transactional
    public ReportOutcome record(final String commandId, final String receiverId, final DeliveryState state,
            final Instant receiverAt, final String detail) {
        final Delivery d = Delivery.find("commandId", commandId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (d == null) {
            return ReportOutcome.UNKNOWN_COMMAND;
        }
        if (!d.receiverId.equals(receiverId)) {
            return ReportOutcome.WRONG_RECEIVER;
        }
        if (DeliveryEvent.count("deliveryId = ?1 and state = ?2", d.id, state) > 0) {
            return ReportOutcome.DUPLICATE;
        }
        final Instant now = clock.instant();
        DeliveryEvent.of(d.id, state, receiverAt, now, detail).persist();
        return d.apply(state, receiverAt, detail, now) ? ReportOutcome.APPLIED : ReportOutcome.STALE;
    }
}
