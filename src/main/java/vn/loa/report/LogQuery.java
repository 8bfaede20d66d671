package vn.loa.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.area.AreaScope;

/**
 * Reads the broadcast log: deliveries joined with their plan, bulletin and receiver, filtered. {@link #where} is
 * the one place a {@link LogFilter} becomes SQL; {@link LogStatsQuery} uses it too, so a new restriction (the
 * caller's areas, say) added there applies to the rows, the coverage and the chart alike.
 */
@ApplicationScoped
public class LogQuery {

    /** Most rows one request returns. */
    public static final int MAX_ROWS = 10_000;

    /** The joins every log query starts from: d delivery, b broadcast, u bulletin, r receiver. */
    static final String FROM = """
             from Delivery d, Broadcast b, Bulletin u, Receiver r
             where d.broadcastId = b.id and b.bulletinId = u.id and d.receiverId = r.id""";

    @Inject
    EntityManager em;

    public List<LogRow> find(final LogFilter filter) {
        return find(filter, MAX_ROWS);
    }

    /** The newest {@code limit} rows (at most {@link #MAX_ROWS}). */
    List<LogRow> find(final LogFilter filter, final int limit) {
        final StringBuilder jpql = new StringBuilder("""
                select new vn.loa.report.LogRow(b.id, u.id, u.title, r.id, r.name, r.commune, r.village,
                    b.playAt, d.startedAt, d.finishedAt, cast(d.state as String), d.detail, d.reportedAt,
                    d.reportedLate,
                    (select c.bulletinId from Emergency c where c.correctionOf = b.id),
                    (select e.correctionOf from Emergency e where e.broadcastId = b.id))""").append(FROM);
        final Map<String, Object> params = where(filter, jpql);
        jpql.append(" order by b.playAt desc, r.id");
        final TypedQuery<LogRow> q = em.createQuery(jpql.toString(), LogRow.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(Math.min(limit, MAX_ROWS)).getResultList();
    }

    /**
     * Appends the filter's conditions to a query that starts with {@link #FROM}; returns their parameters. The range
     * is on the delivery's copy of its broadcast's playAt, so that a commune's receivers and a range are one index
     * ({@code delivery_receiver_play_at_idx}) rather than every delivery those receivers ever had.
     */
    static Map<String, Object> where(final LogFilter f, final StringBuilder jpql) {
        final Map<String, Object> params = new LinkedHashMap<>();
        if (f.from() != null) {
            jpql.append(" and d.playAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" and d.playAt < :to");
            params.put("to", f.to());
        }
        if (f.commune() != null) {
            jpql.append(" and r.commune = :commune");
            params.put("commune", f.commune());
        }
        if (f.village() != null) {
            jpql.append(" and r.village = :village");
            params.put("village", f.village());
        }
        if (f.receiver() != null) {
            jpql.append(" and r.id = :receiver");
            params.put("receiver", f.receiver());
        }
        if (f.bulletinId() != null) {
            jpql.append(" and u.id = :bulletin");
            params.put("bulletin", f.bulletinId());
        }
        if (!f.states().isEmpty()) {
            jpql.append(" and d.state in :states");
            params.put("states", f.states());
        }
        if (!f.scope().everywhere()) {
            if (f.scope().areaIds().isEmpty()) {
                jpql.append(" and 1 = 0");
            } else {
                jpql.append(" and r.areaId in :areas");
                params.put("areas", f.scope().areaIds());
            }
        }
        return params;
    }
}
