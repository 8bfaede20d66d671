package vn.loa.receiver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each receiver's latest failed or rejected delivery, for the fleet page: the receiver's own detail (say
 * {@code download-failed: GET http://…/api/audio/….mp3: HTTP 404 Not Found after 6 attempts}) and when. Read from
 * the deliveries the controller already stores; plain SQL on the {@code delivery} table, because the broadcast
 * feature depends on this one and not the other way round.
 */
@ApplicationScoped
class LastFailures {

    /** A receiver's last failure: the detail it sent (null if none) and when it failed. */
    record Failure(String detail, Instant at) {
    }

    @Inject
    EntityManager em;

    @Transactional
    Map<String, Failure> of(final Collection<String> receiverIds) {
        final Map<String, Failure> out = new HashMap<>();
        if (receiverIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        final List<Object[]> rows = em.createNativeQuery("""
                SELECT d.receiver_id, d.detail, COALESCE(d.finished_at, d.updated_at)
                FROM delivery d
                JOIN (SELECT receiver_id, MAX(updated_at) AS last_at FROM delivery
                      WHERE state IN ('FAILED', 'REJECTED') AND receiver_id IN (:ids) GROUP BY receiver_id) m
                  ON m.receiver_id = d.receiver_id AND m.last_at = d.updated_at
                WHERE d.state IN ('FAILED', 'REJECTED')
                """).setParameter("ids", receiverIds).getResultList();
        for (final Object[] row : rows) {
            out.putIfAbsent((String) row[0], new Failure((String) row[1], instant(row[2])));
        }
        return out;
    }

    private static Instant instant(final Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + (value == null ? null : value.getClass()));
    }
}
