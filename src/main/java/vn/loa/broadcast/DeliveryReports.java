package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.alert.SecurityEvents;
import vn.loa.receiver.Receiver;

/**
 * Applies receivers' reports to deliveries. Idempotent: the delivery row is locked, and each (delivery, state)
 * is recorded at most once (a unique key backs this up), so a redelivered QoS 1 message changes nothing; PLAYING and
 * PREEMPTED, which repeat when an emergency cuts a play, once per receiver time ({@link #REPEATING}). A refusal
 * that is no state of the command it names (PROTOCOL.md 4.5, {@link Refusal}) never changes a delivery: it is a
 * security event, recorded once per occurrence.
 */
@ApplicationScoped
public class DeliveryReports {

    /** A report arriving this long after the event (by the receiver's corrected clock) counts as late. */
    static final Duration LATE_AFTER = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class);

    /**
     * The states a delivery may report more than once, each time with its own receiver time: a play an emergency
     * cuts is PREEMPTED, then PLAYING again (PROTOCOL.md 8.1).
     */
    static final List<DeliveryState> REPEATING = List.of(DeliveryState.PLAYING, DeliveryState.PREEMPTED);

    @Inject
    Clock clock;

    @Inject
    SecurityEvents alerts;

    /**
     * @param late the receiver says the report waited in its outbox (or it comes from a digest)
     */
    @Transactional
    public ReportOutcome record(final String commandId, final String receiverId, final DeliveryState state,
            final Instant receiverAt, final String detail, final boolean late) {
        return record(commandId, receiverId, state, receiverAt, detail, late, false);
    }

    /**
     * Applies one report, unless it is a refusal that is no state of the command it names ({@link Refusal}): that
     * one is recorded as a security event only, whatever the command. A delivery an unverified refusal marked
     * {@code REJECTED} (before they were told apart) is rebuilt from its history first, so the receiver's own report
     * of what it did wins.
     *
     * @param late the receiver says the report waited in its outbox (or it comes from a digest)
     * @param flaggedUnverified the receiver marked the refusal {@code "verified": false}
     */
    @Transactional
    public ReportOutcome record(final String commandId, final String receiverId, final DeliveryState state,
            final Instant receiverAt, final String detail, final boolean late, final boolean flaggedUnverified) {
        if (Refusal.of(state, detail, flaggedUnverified).securityOnly()) {
            alerts.rejection(receiverId, commandId, detail, receiverAt);
            return ReportOutcome.SECURITY_EVENT;
        }
        final Delivery d = Delivery.find("commandId", commandId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (d == null) {
            return ReportOutcome.UNKNOWN_COMMAND;
        }
        if (!d.receiverId.equals(receiverId)) {
            return ReportOutcome.WRONG_RECEIVER;
        }
        final Instant now = clock.instant();
        final boolean mended = mend(d, now);
        final boolean reportedLate = late || arrivedLate(receiverId, receiverAt, now);
        if (state == DeliveryState.CANCELED) {
            final DeliveryEvent own = DeliveryEvent.<DeliveryEvent>find(
                    "deliveryId = ?1 and state = ?2 and receiverAt is null", d.id, state).firstResult();
            if (own != null) {
                return confirmCancel(d, own, receiverAt, detail, reportedLate, now);
            }
        }
        final boolean repeats = REPEATING.contains(state);
        if (repeats ? DeliveryEvent.count("deliveryId = ?1 and state = ?2 and receiverAt = ?3", d.id, state,
                receiverAt) > 0 : DeliveryEvent.count("deliveryId = ?1 and state = ?2", d.id, state) > 0) {
            return mended ? ReportOutcome.APPLIED : ReportOutcome.DUPLICATE;
        }
        // a PLAYING or PREEMPTED older than the latest of them (reordered on the way) is history, not the state
        final boolean overtaken = repeats && overtaken(d, receiverAt);
        final DeliveryEvent event = DeliveryEvent.of(d.id, state, receiverAt, now, detail);
        event.reportedLate = reportedLate;
        event.occurrence = repeats ? (int) DeliveryEvent.count("deliveryId = ?1 and state = ?2", d.id, state) : 0;
        event.persist();
        if (overtaken) {
            if (state == DeliveryState.PLAYING && d.startedAt == null) {
                d.startedAt = receiverAt; // the first start, overtaken by the preempted that followed it
            }
            d.updatedAt = now;
            return mended ? ReportOutcome.APPLIED : ReportOutcome.STALE;
        }
        final boolean moved = d.apply(state, receiverAt, detail, now);
        if (moved && state.isFinal()) {
            d.reportedLate = reportedLate;
        }
        return moved || mended ? ReportOutcome.APPLIED : ReportOutcome.STALE;
    }

    /** The receiver's latest PLAYING or PREEMPTED for {@code d} is later than {@code receiverAt}. */
    private static boolean overtaken(final Delivery d, final Instant receiverAt) {
        final Instant latest = DeliveryEvent.getEntityManager().createQuery("select max(e.receiverAt) from "
                + "DeliveryEvent e where e.deliveryId = :d and e.state in :states", Instant.class)
                .setParameter("d", d.id).setParameter("states", REPEATING).getSingleResult();
        return latest != null && receiverAt.isBefore(latest);
    }

    /**
     * Takes an unverified refusal out of a delivery's history, where it was recorded as the final state before such
     * refusals were told apart: it becomes the security event it always was (once, however often this runs), and
     * the delivery is rebuilt from the rest of its history.
     *
     * @return true when the delivery was mended
     */
    boolean mend(final Delivery d, final Instant now) {
        if (!Refusal.mendable(d.state, d.detail)) {
            return false;
        }
        final List<DeliveryEvent> history = DeliveryEvent.list("deliveryId = ?1 order by id", d.id);
        final List<DeliveryEvent> kept = new ArrayList<>(history.size());
        for (DeliveryEvent e : history) {
            if (e.state == DeliveryState.REJECTED && Refusal.mendable(e.state, e.detail)) {
                alerts.rejection(d.receiverId, d.commandId, e.detail, e.receiverAt);
                e.delete();
            } else {
                kept.add(e);
            }
        }
        // deletes first: a verified refusal recorded next must not meet the old row under the unique key
        DeliveryEvent.flush();
        final String refusal = d.detail;
        d.rebuild(kept, now);
        LOG.warnf("delivery of command %s to %s was REJECTED by an unverified refusal (%s); rebuilt from its history "
                + "as %s", d.commandId, d.receiverId, refusal, d.state);
        return true;
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

    private static boolean arrivedLate(final String receiverId, final Instant receiverAt, final Instant now) {
        final Receiver r = Receiver.findById(receiverId);
        final long offset = r == null || r.clockOffsetMs == null ? 0 : r.clockOffsetMs;
        return Duration.between(receiverAt.minusMillis(offset), now).compareTo(LATE_AFTER) > 0;
    }
}
