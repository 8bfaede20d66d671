package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.receiver.Receiver;

/**
 * A broadcast's deliveries as people read them, a page at a time: each row with its receiver's name and village,
 * and the count of deliveries in each state. Like {@link BroadcastService#deliveries(long, String)}, a user sees the
 * receivers of their own area only; the counts count the same rows. Both run in the database, so a broadcast to
 * 1,000 receivers costs one page of rows and one grouped count.
 */
@ApplicationScoped
public class DeliveryRows {

    /** One page of rows, the count of rows in each state, and how many rows there are in all. */
    public record Page(List<BroadcastView.Row> rows, Map<DeliveryState, Integer> counts, long total, RowPage page) {
    }

    @Inject
    AreaGuard guard;

    @Inject
    EntityManager em;

    /** Page {@code page} of the deliveries the user may see, in receiver id order. */
    public Page page(final long broadcastId, final String username, final RowPage page) {
        final AreaScope scope = guard.scope(username);
        final Map<DeliveryState, Integer> counts = counts(broadcastId, scope);
        final long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        if (total == 0) {
            return new Page(List.of(), counts, 0, page);
        }
        final TypedQuery<Object[]> q = em.createQuery("select d, r from Delivery d join Receiver r on r.id = d.receiverId"
                + " where d.broadcastId = :b" + (scope.everywhere() ? "" : " and r.areaId in :areas")
                + " order by d.receiverId", Object[].class);
        q.setParameter("b", broadcastId);
        if (!scope.everywhere()) {
            q.setParameter("areas", scope.areaIds());
        }
        final List<BroadcastView.Row> rows = new ArrayList<>();
        for (Object[] pair : q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            rows.add(BroadcastView.Row.of((Delivery) pair[0], (Receiver) pair[1]));
        }
        return new Page(rows, counts, total, page);
    }

    /** How many of the deliveries the user may see are in each state; every state is present, most with 0. */
    public Map<DeliveryState, Integer> counts(final long broadcastId, final String username) {
        return counts(broadcastId, guard.scope(username));
    }

    /** The rows of the receivers (in the user's area) playing this broadcast now, by their last report. */
    public List<BroadcastView.Row> playingNow(final long broadcastId, final String username) {
        final AreaScope scope = guard.scope(username);
        if (!scope.everywhere() && scope.areaIds().isEmpty()) {
            return List.of();
        }
        final TypedQuery<Object[]> q = em.createQuery("select d, r from Delivery d join Receiver r"
                + " on r.id = d.receiverId where d.broadcastId = :b and d.state = :playing"
                + (scope.everywhere() ? "" : " and r.areaId in :areas") + " order by d.receiverId", Object[].class);
        q.setParameter("b", broadcastId).setParameter("playing", DeliveryState.PLAYING);
        if (!scope.everywhere()) {
            q.setParameter("areas", scope.areaIds());
        }
        return q.getResultList().stream().map(pair -> BroadcastView.Row.of((Delivery) pair[0], (Receiver) pair[1]))
                .toList();
    }

    private Map<DeliveryState, Integer> counts(final long broadcastId, final AreaScope scope) {
        final Map<DeliveryState, Integer> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState s : DeliveryState.values()) {
            counts.put(s, 0);
        }
        if (!scope.everywhere() && scope.areaIds().isEmpty()) {
            return counts;
        }
        final TypedQuery<Object[]> q = em.createQuery("select d.state, count(d) from Delivery d join Receiver r"
                + " on r.id = d.receiverId where d.broadcastId = :b"
                + (scope.everywhere() ? "" : " and r.areaId in :areas") + " group by d.state", Object[].class);
        q.setParameter("b", broadcastId);
        if (!scope.everywhere()) {
            q.setParameter("areas", scope.areaIds());
        }
        for (Object[] row : q.getResultList()) {
            counts.put((DeliveryState) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }
}
