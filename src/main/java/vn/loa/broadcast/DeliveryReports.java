package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Inject
    BroadcastMeters meters;

    @Inject
    Event<DeliveryFinished> finished;

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
        return recordAll(List.of(new Report(commandId, receiverId, state, receiverAt, detail, late,
                flaggedUnverified))).get(0);
    }

    /**
     * One report of a receiver about a command, as an ack or a digest entry says it.
     *
     * @param late the receiver says the report waited in its outbox (or it comes from a digest)
     * @param flaggedUnverified the receiver marked a refusal {@code "verified": false}
     */
    public record Report(String commandId, String receiverId, DeliveryState state, Instant receiverAt, String detail,
            boolean late, boolean flaggedUnverified) {
    }

    /** Rows loaded by one query: a bound on the SQL's parameter list. */
    private static final int LOAD_CHUNK = 500;

    /**
     * Applies reports in their order, in the caller's transaction, each exactly as {@link #record} would. What they
     * name is loaded first, in a few queries for all of them: the deliveries (locked, in id order, so two batches
     * never wait on each other in a circle), their histories and the receivers' clock offsets. Each report is then
     * decided against its delivery's history, which grows with the events the batch adds: a duplicate within the
     * batch is a duplicate.
     *
     * @return one outcome per report, in their order
     */
    @Transactional
    public List<ReportOutcome> recordAll(final List<Report> reports) {
        final Instant now = clock.instant();
        final List<String> commandIds = new ArrayList<>();
        final Set<String> receiverIds = new HashSet<>();
        for (Report r : reports) {
            if (!securityOnly(r)) {
                commandIds.add(r.commandId());
                receiverIds.add(r.receiverId());
            }
        }
        final Map<String, Delivery> deliveries = new HashMap<>();
        final Map<Long, List<DeliveryEvent>> histories = new HashMap<>();
        final List<String> distinct = commandIds.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += LOAD_CHUNK) {
            final List<Delivery> found = Delivery.<Delivery>find("commandId in ?1 order by id",
                    distinct.subList(from, Math.min(distinct.size(), from + LOAD_CHUNK)))
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (Delivery d : found) {
                deliveries.put(d.commandId, d);
                histories.put(d.id, new ArrayList<>());
            }
            if (!found.isEmpty()) {
                DeliveryEvent.<DeliveryEvent>list("deliveryId in ?1 order by id",
                        found.stream().map(d -> d.id).toList()).forEach(e -> histories.get(e.deliveryId).add(e));
            }
        }
        final Map<String, Long> offsets = clockOffsets(receiverIds);
        final List<ReportOutcome> outcomes = new ArrayList<>(reports.size());
        for (Report r : reports) {
            if (securityOnly(r)) {
                alerts.rejection(r.receiverId(), r.commandId(), r.detail(), r.receiverAt());
                outcomes.add(ReportOutcome.SECURITY_EVENT);
                continue;
            }
            final Delivery d = deliveries.get(r.commandId());
            outcomes.add(d == null ? ReportOutcome.UNKNOWN_COMMAND
                    : apply(d, histories.get(d.id), r, offsets.getOrDefault(r.receiverId(), 0L), now));
        }
        return outcomes;
    }

    private static boolean securityOnly(final Report r) {
        return Refusal.of(r.state(), r.detail(), r.flaggedUnverified()).securityOnly();
    }

    /** The receivers' estimated clock offsets, milliseconds; a receiver without one is absent. */
    private static Map<String, Long> clockOffsets(final Set<String> receiverIds) {
        final Map<String, Long> offsets = new HashMap<>();
        final List<String> ids = List.copyOf(receiverIds);
        for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
            Receiver.getEntityManager().createQuery("select r.id, r.clockOffsetMs from Receiver r where r.id in :ids "
                    + "and r.clockOffsetMs is not null", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK))).getResultList()
                    .forEach(row -> offsets.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return offsets;
    }

    /** One report against its delivery and that delivery's history, which it extends by the event it records. */
    private ReportOutcome apply(final Delivery d, final List<DeliveryEvent> history, final Report r,
            final long clockOffsetMs, final Instant now) {
        final DeliveryState state = r.state();
        final Instant receiverAt = r.receiverAt();
        if (!d.receiverId.equals(r.receiverId())) {
            return ReportOutcome.WRONG_RECEIVER;
        }
        final boolean mended = mend(d, history, now);
        final boolean reportedLate = r.late()
                || Duration.between(receiverAt.minusMillis(clockOffsetMs), now).compareTo(LATE_AFTER) > 0;
        if (state == DeliveryState.CANCELED) {
            final DeliveryEvent own = history.stream().filter(e -> e.state == state && e.receiverAt == null)
                    .findFirst().orElse(null);
            if (own != null) {
                return confirmCancel(d, own, receiverAt, r.detail(), reportedLate, now);
            }
        }
        final boolean repeats = REPEATING.contains(state);
        final long sameState = history.stream().filter(e -> e.state == state).count();
        if (repeats ? history.stream().anyMatch(e -> e.state == state && receiverAt.equals(e.receiverAt))
                : sameState > 0) {
            return mended ? ReportOutcome.APPLIED : ReportOutcome.DUPLICATE;
        }
        // a PLAYING or PREEMPTED older than the latest of them (reordered on the way) is history, not the state
        final boolean overtaken = repeats && history.stream()
                .anyMatch(e -> REPEATING.contains(e.state) && e.receiverAt != null && receiverAt.isBefore(e.receiverAt));
        final DeliveryEvent event = DeliveryEvent.of(d.id, state, receiverAt, now, r.detail());
        event.reportedLate = reportedLate;
        event.occurrence = repeats ? (int) sameState : 0;
        event.persist();
        history.add(event);
        meters.acked(d, state, receiverAt.minusMillis(clockOffsetMs), now);
        if (overtaken) {
            if (state == DeliveryState.PLAYING && d.startedAt == null) {
                d.startedAt = receiverAt; // the first start, overtaken by the preempted that followed it
            }
            d.updatedAt = now;
            return mended ? ReportOutcome.APPLIED : ReportOutcome.STALE;
        }
        final boolean moved = d.apply(state, receiverAt, r.detail(), now);
        if (moved && state.isFinal()) {
            d.reportedLate = reportedLate;
            finished.fire(new DeliveryFinished(d.id, state));
        }
        return moved || mended ? ReportOutcome.APPLIED : ReportOutcome.STALE;
    }

    /**
     * Takes an unverified refusal out of a delivery's history (as {@link #mend(Delivery, List, Instant)}), reading
     * that history itself.
     *
     * @return true when the delivery was mended
     */
    boolean mend(final Delivery d, final Instant now) {
        if (!Refusal.mendable(d.state, d.detail)) {
            return false;
        }
        return mend(d, new ArrayList<>(DeliveryEvent.<DeliveryEvent>list("deliveryId = ?1 order by id", d.id)), now);
    }

    /**
     * Takes an unverified refusal out of a delivery's history, where it was recorded as the final state before such
     * refusals were told apart: it becomes the security event it always was (once, however often this runs), and
     * the delivery is rebuilt from the rest of its history.
     *
     * @param history the delivery's events in id order; the refusal leaves it
     * @return true when the delivery was mended
     */
    private boolean mend(final Delivery d, final List<DeliveryEvent> history, final Instant now) {
        if (!Refusal.mendable(d.state, d.detail)) {
            return false;
        }
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
        history.retainAll(kept);
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
}
