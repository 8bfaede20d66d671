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
        return find(filter, limit, null);
    }

    /**
     * The next {@code limit} rows after {@code after} (null: from the newest), in the log's order. Two steps in one
     * query: a subquery chooses the page's deliveries from the delivery and receiver tables alone (their index on
     * receiver and time), then only those are joined with their broadcast, bulletin and corrections. A commune's
     * month holds 8,000 deliveries; a page of 1,000 then costs 1,000 joins, not 8,000.
     */
    List<LogRow> find(final LogFilter filter, final int limit, final LogCursor after) {
        final StringBuilder keys = new StringBuilder("select d.id from Delivery d, Receiver r where d.receiverId = r.id");
        final Map<String, Object> params = where(filter, keys);
        if (after != null) {
            keys.append(" and (d.playAt < :cursorAt or d.playAt = :cursorAt and (r.id > :cursorRx"
                    + " or r.id = :cursorRx and d.broadcastId > :cursorBroadcast))");
            params.put("cursorAt", after.playAt());
            params.put("cursorRx", after.receiverId());
            params.put("cursorBroadcast", after.broadcastId());
        }
        // d.playAt is b.playAt (copied when the delivery was made, V23); the broadcast id makes the order total.
        // The page's size is an int checked by the caller, written into the query (a subquery takes no parameter).
        keys.append(" order by d.playAt desc, r.id, d.broadcastId limit ").append(Math.max(1, Math.min(limit, MAX_ROWS)));
        final TypedQuery<LogRow> q = em.createQuery("""
                select new vn.loa.report.LogRow(xb.id, xu.id, xu.title, xr.id, xr.name, xr.commune, xr.village,
                    xb.playAt, xd.startedAt, xd.finishedAt, cast(xd.state as String), xd.detail, xd.reportedAt,
                    xd.reportedLate,
                    (select c.bulletinId from Emergency c where c.correctionOf = xb.id),
                    (select e.correctionOf from Emergency e where e.broadcastId = xb.id))
                from Delivery xd, Broadcast xb, Bulletin xu, Receiver xr
                where xd.broadcastId = xb.id and xb.bulletinId = xu.id and xd.receiverId = xr.id
                  and xd.id in (""" + keys + ")", LogRow.class);
        params.forEach(q::setParameter);
        final List<LogRow> rows = new java.util.ArrayList<>(q.getResultList());
        rows.sort(ORDER);
        return rows;
    }

    /** The log's order: newest scheduled time first, then receiver id, then broadcast id. */
    static final java.util.Comparator<LogRow> ORDER = java.util.Comparator.comparing(LogRow::scheduledAt)
            .reversed().thenComparing(LogRow::receiverId).thenComparingLong(LogRow::broadcastId);

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
            // on the delivery, not the bulletin's row: the log's first step reads deliveries and receivers only
            jpql.append(" and d.broadcastId in (select fb.id from Broadcast fb where fb.bulletinId = :bulletin)");
            params.put("bulletin", f.bulletinId());
        }
        if (!f.states().isEmpty()) {
            jpql.append(" and d.state in :states");
            params.put("states", f.states());
        }
        if (!f.scope().everywhere()) {
            scope(f.scope(), jpql, params);
        }
        return params;
    }

    /**
     * The caller's area. Receivers stand in villages and areas nest strictly, so a scope with a known root is a
     * constant-size condition on the receiver's village (its id, its commune, or its commune's province) instead of
     * a list of every id below the root (2,101 parameters for a province of 2,000 villages).
     */
    private static void scope(final vn.loa.area.AreaScope scope, final StringBuilder jpql,
            final Map<String, Object> params) {
        if (scope.areaIds().isEmpty()) {
            jpql.append(" and 1 = 0");
            return;
        }
        if (scope.root() == null) {
            jpql.append(" and r.areaId in :areas");
            params.put("areas", scope.areaIds());
            return;
        }
        jpql.append(switch (scope.rootLevel()) {
            case VILLAGE -> " and r.areaId = :scopeRoot";
            case COMMUNE -> " and r.areaId in (select sv.id from Area sv where sv.parentId = :scopeRoot)";
            case PROVINCE -> " and r.areaId in (select sv.id from Area sv, Area sc"
                    + " where sv.parentId = sc.id and sc.parentId = :scopeRoot)";
        });
        params.put("scopeRoot", scope.root());
    }
}
