package vn.loa.upward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.loa.error.ConflictException;
import vn.loa.error.NotFoundException;
import vn.loa.web.TimeFormat;

/**
 * The durable outbox ({@link OutboxItem}): queueing, claiming with a lease, recording attempts with exponential
 * backoff, and the administrator's retry. Every step is one short transaction; nothing is held in memory, so a
 * restarted controller (or another one on the same database) carries on where the last left off.
 */
@ApplicationScoped
public class Outbox {

    /** Longest {@code last_error} kept. */
    static final int MAX_ERROR = 500;

    @Inject
    EntityManager em;

    @Inject
    UpwardConfig config;

    @Inject
    Clock clock;

    @Inject
    vn.loa.audit.AuditTrail audit;

    /** Queues the report of the target's area for a period. */
    @Transactional
    public OutboxItem queueReport(final UpwardTarget target, final Instant from, final Instant to) {
        final OutboxItem item = item(target, OutboxItem.Kind.REPORT,
                "report " + TimeFormat.exact(from) + " – " + TimeFormat.exact(to));
        item.periodFrom = from;
        item.periodTo = to;
        item.persist();
        return item;
    }

    /** Queues a final result in its wire form, in the caller's transaction (the one that finished the delivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxItem queueResult(final UpwardTarget target, final String subject, final WireMapping.Wire wire) {
        final OutboxItem item = item(target, OutboxItem.Kind.RESULT, subject);
        item.contentType = wire.contentType();
        item.body = wire.body();
        item.persist();
        return item;
    }

    private OutboxItem item(final UpwardTarget target, final OutboxItem.Kind kind, final String subject) {
        final Instant now = clock.instant();
        final OutboxItem item = new OutboxItem();
        item.targetId = target.id;
        item.kind = kind;
        item.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        item.state = OutboxItem.State.PENDING;
        item.nextAttemptAt = now;
        item.createdAt = now;
        return item;
    }

    /** Ids of pending items due now, of enabled targets, not claimed by a live lease; oldest due first. */
    @Transactional
    List<Long> due(final int limit) {
        final Instant now = clock.instant();
        return em.createQuery("select o.id from OutboxItem o, UpwardTarget t where o.targetId = t.id"
                + " and t.enabled = true and o.state = :pending and o.nextAttemptAt <= :now"
                + " and (o.claimedUntil is null or o.claimedUntil < :now) order by o.nextAttemptAt, o.id", Long.class)
                .setParameter("pending", OutboxItem.State.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes an item for one worker until the lease ends: one conditional UPDATE, so of two workers (two controllers)
     * racing for it exactly one wins; the other's update finds the lease taken and changes nothing.
     *
     * @return true when this worker now holds it
     */
    @Transactional
    boolean claim(final long id, final String worker) {
        final Instant now = clock.instant();
        return em.createQuery("update OutboxItem o set o.claimedBy = :worker, o.claimedUntil = :until"
                + " where o.id = :id and o.state = :pending and (o.claimedUntil is null or o.claimedUntil < :now)")
                .setParameter("worker", worker).setParameter("until", now.plus(config.lease()))
                .setParameter("id", id).setParameter("pending", OutboxItem.State.PENDING).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Records one attempt by the worker holding the item: SENT on a 2xx; else the next attempt after
     * {@link #backoff}, or FAILED once {@link UpwardConfig#maxAttempts()} are spent. A worker whose lease was taken
     * over records nothing (the other worker's attempt counts).
     */
    @Transactional
    void record(final long id, final String worker, final PushClient.Outcome outcome) {
        final OutboxItem item = OutboxItem.findById(id);
        if (item == null || !worker.equals(item.claimedBy) || item.state != OutboxItem.State.PENDING) {
            return;
        }
        final Instant now = clock.instant();
        item.attempts++;
        item.lastStatus = outcome.status();
        item.claimedBy = null;
        item.claimedUntil = null;
        if (outcome.sent()) {
            item.state = OutboxItem.State.SENT;
            item.sentAt = now;
            item.lastError = null;
            return;
        }
        final String error = outcome.error() == null ? "failed" : outcome.error();
        item.lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (item.attempts >= config.maxAttempts()) {
            item.state = OutboxItem.State.FAILED;
        } else {
            item.nextAttemptAt = now.plus(backoff(item.attempts, config.backoffBase(), config.backoffMax()));
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: base, 2 base, 4 base..., at most {@code max}. */
    static Duration backoff(final int attempts, final Duration base, final Duration max) {
        final int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        final Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** An administrator sends a FAILED item again: back to PENDING, due now, with a fresh count of attempts. */
    @Transactional
    public OutboxItem retry(final String by, final long id) {
        final OutboxItem item = OutboxItem.findById(id);
        if (item == null) {
            throw new NotFoundException("outbox item", id);
        }
        if (item.state != OutboxItem.State.FAILED) {
            throw new ConflictException("not-failed", "only a failed item is retried; this one is "
                    + item.state.name().toLowerCase(java.util.Locale.ROOT));
        }
        item.state = OutboxItem.State.PENDING;
        item.attempts = 0;
        item.nextAttemptAt = clock.instant();
        audit.record(by, "upward.outbox.retried", "upward_outbox", String.valueOf(id), vn.loa.audit.AuditTrail.json(
                "subject", item.subject, "lastError", item.lastError));
        return item;
    }

    /** The newest items, optionally of one state. */
    @Transactional
    public List<OutboxItem> list(final OutboxItem.State state, final int limit) {
        return (state == null ? OutboxItem.<OutboxItem>find("order by id desc")
                : OutboxItem.<OutboxItem>find("state = ?1 order by id desc", state)).page(0, limit).list();
    }
}
