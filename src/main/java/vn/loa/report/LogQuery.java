package vn.loa.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.area.AreaScope;

/** Reads the broadcast log: deliveries joined with their plan, bulletin and receiver, filtered. */
@ApplicationScoped
class LogQuery {

    /** Most rows one request returns. */
    static final int MAX_ROWS = 10_000;

    @Inject
    EntityManager em;

    /** Rows of receivers in {@code scope} only. */
    List<LogRow> find(final Instant from, final Instant to, final String commune, final String village,
            final String receiver, final AreaScope scope) {
        if (!scope.everywhere() && scope.areaIds().isEmpty()) {
            return List.of();
        }
        final StringBuilder jpql = new StringBuilder("""
                select new vn.loa.report.LogRow(b.id, u.id, u.title, r.id, r.name, r.commune, r.village,
                    b.playAt, d.startedAt, d.finishedAt, cast(d.state as String), d.detail, d.reportedAt,
                    d.reportedLate)
                from Delivery d, Broadcast b, Bulletin u, Receiver r
                where d.broadcastId = b.id and b.bulletinId = u.id and d.receiverId = r.id""");
        final Map<String, Object> params = new LinkedHashMap<>();
        if (from != null) {
            jpql.append(" and b.playAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            jpql.append(" and b.playAt < :to");
            params.put("to", to);
        }
        if (commune != null) {
            jpql.append(" and r.commune = :commune");
            params.put("commune", commune);
        }
        if (village != null) {
            jpql.append(" and r.village = :village");
            params.put("village", village);
        }
        if (receiver != null) {
            jpql.append(" and r.id = :receiver");
            params.put("receiver", receiver);
        }
        if (!scope.everywhere()) {
            jpql.append(" and r.areaId in :areas");
            params.put("areas", scope.areaIds());
        }
        jpql.append(" order by b.playAt desc, r.id");
        final TypedQuery<LogRow> q = em.createQuery(jpql.toString(), LogRow.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(MAX_ROWS).getResultList();
    }
}
