package vn.loa.upward;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The presence history of some receivers around a period, loaded in three queries: the last change before it, the
 * changes in it, the first change after it. {@link Uptime} explains how they become a state.
 */
final class Presence {

    private final Map<String, Boolean> before = new HashMap<>();
    private final Map<String, List<Uptime.Change>> within = new HashMap<>();
    private final Map<String, Boolean> after = new HashMap<>();

    private Presence() {
    }

    static Presence load(final EntityManager em, final List<String> ids, final Instant from, final Instant to) {
        final Presence p = new Presence();
        for (int i = 0; i < ids.size(); i += 500) {
            final List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            edge(em, chunk, "max", "<", from).forEach(row -> p.before.put((String) row[0], (Boolean) row[1]));
            edge(em, chunk, "min", ">=", to).forEach(row -> p.after.put((String) row[0], (Boolean) row[1]));
            em.createQuery("select p.receiverId, p.changedAt, p.online from PresenceChange p where p.receiverId in :ids"
                    + " and p.changedAt >= :from and p.changedAt < :to order by p.changedAt, p.id", Object[].class)
                    .setParameter("ids", chunk).setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(row -> p.within.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                            .add(new Uptime.Change((Instant) row[1], (Boolean) row[2])));
        }
        return p;
    }

    /** Each receiver's change nearest the bound on one side: receiver id and online. */
    private static List<Object[]> edge(final EntityManager em, final List<String> ids, final String pick,
            final String side, final Instant bound) {
        return em.createQuery("select p.receiverId, p.online from PresenceChange p where p.receiverId in :ids"
                + " and p.changedAt = (select " + pick + "(q.changedAt) from PresenceChange q"
                + " where q.receiverId = p.receiverId and q.changedAt " + side + " :bound)", Object[].class)
                .setParameter("ids", ids).setParameter("bound", bound).getResultList();
    }

    /** The flag when the period opens; {@code current} when the receiver never changed. */
    boolean onlineAt(final String id, final boolean current) {
        if (before.containsKey(id)) {
            return before.get(id);
        }
        final List<Uptime.Change> changes = within.get(id);
        if (changes != null && !changes.isEmpty()) {
            return !changes.get(0).online();
        }
        return after.containsKey(id) ? !after.get(id) : current;
    }

    List<Uptime.Change> within(final String id) {
        return within.getOrDefault(id, List.of());
    }
}
