package vn.loa.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts behind the coverage and the plays-per-day chart. Filters with {@link LogQuery#where}, like the log's
 * rows; the states asked for in the filter are ignored here, since a share of PLAYED among PLAYED says nothing.
 * Grouping happens in the database; days are cut in Java, because time-zone arithmetic differs between H2 and
 * PostgreSQL.
 */
@ApplicationScoped
public class LogStatsQuery {

    /** Without a range, coverage and chart look at this many days, today (in Vietnam) the last. */
    static final int DEFAULT_DAYS = 14;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Coverage.Report coverage(final LogFilter filter) {
        final StringBuilder jpql = new StringBuilder(
                "select new vn.loa.report.Coverage$Count(r.commune, r.village, d.state, count(d))").append(LogQuery.FROM);
        final Map<String, Object> params = LogQuery.where(bounded(filter), jpql);
        jpql.append(" group by r.commune, r.village, d.state");
        final TypedQuery<Coverage.Count> q = em.createQuery(jpql.toString(), Coverage.Count.class);
        params.forEach(q::setParameter);
        return Coverage.of(q.getResultList()).withReached(reached(filter));
    }

    /**
     * The villages the filtered receivers reach by FM or wire besides their own, with those receivers' deliveries.
     * The filter (commune, village, receiver, the caller's areas) selects the serving receivers, as for the rows.
     */
    List<Reach> reached(final LogFilter filter) {
        final StringBuilder jpql = new StringBuilder("""
                select new vn.loa.report.Reach$Count(pc.name, pv.name, r.id, r.name, r.village, s.medium, d.state,
                    count(d))""")
                .append(LogQuery.FROM.replace("Receiver r", "Receiver r, ServedVillage s, Area pv, Area pc"))
                .append(" and s.receiverId = r.id and pv.id = s.areaId and pc.id = pv.parentId");
        final Map<String, Object> params = LogQuery.where(bounded(filter), jpql);
        jpql.append(" group by pc.name, pv.name, r.id, r.name, r.village, s.medium, d.state");
        final TypedQuery<Reach.Count> q = em.createQuery(jpql.toString(), Reach.Count.class);
        params.forEach(q::setParameter);
        return Reach.of(q.getResultList());
    }

    public List<DailyPlays> daily(final LogFilter filter) {
        final LogFilter f = bounded(filter);
        final List<LocalDate> days = DailyPlays.days(f.from(), f.to());
        final StringBuilder jpql = new StringBuilder(
                "select new vn.loa.report.DailyPlays$Count(b.playAt, d.state, count(d))").append(LogQuery.FROM);
        final Map<String, Object> params = LogQuery.where(f, jpql);
        jpql.append(" group by b.playAt, d.state");
        final TypedQuery<DailyPlays.Count> q = em.createQuery(jpql.toString(), DailyPlays.Count.class);
        params.forEach(q::setParameter);
        return DailyPlays.of(days, q.getResultList());
    }

    /** The filter without states, and with a range: the last {@link #DEFAULT_DAYS} days when none is given
     * (from only: {@link #DEFAULT_DAYS} days from it, or up to today when it is in the past). */
    LogFilter bounded(final LogFilter f) {
        final Instant tomorrow = LocalDate.now(clock.withZone(LogFilter.ZONE)).plusDays(1)
                .atStartOfDay(LogFilter.ZONE).toInstant();
        Instant to = f.to();
        Instant from = f.from();
        if (to == null) {
            to = from != null && !from.isBefore(tomorrow) ? from.plus(Duration.ofDays(DEFAULT_DAYS)) : tomorrow;
        }
        if (from == null) {
            from = to.atZone(LogFilter.ZONE).toLocalDate().minusDays(DEFAULT_DAYS).atStartOfDay(LogFilter.ZONE)
                    .toInstant();
        }
        return new LogFilter(from, to, f.commune(), f.village(), f.receiver(), f.bulletinId(), null, f.scope());
    }
}
