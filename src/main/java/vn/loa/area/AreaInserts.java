package vn.loa.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import vn.loa.audit.AuditTrail;

/**
 * Creates an area in a transaction of its own, so that a registration that loses a race to create the same commune
 * or village (the unique key on parent and name, V12) can read the winner's row and go on in its own transaction.
 */
@ApplicationScoped
class AreaInserts {

    /** SQL states of a lost race: unique violation (H2 and PostgreSQL), serialization failure, deadlock, H2 lock timeout. */
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "HYT00");

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AreaSlugs slugs;

    /** Inserts and commits; the audit entry commits with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Long insertAlone(final Long parentId, final AreaLevel level, final String name) {
        final Area a = persist(parentId, level, name, null);
        a.flush();
        return a.id;
    }

    /** Inserts in the caller's transaction, with its audit entry. */
    Area persist(final Long parentId, final AreaLevel level, final String name, final String code) {
        final Area a = new Area();
        a.parentId = parentId;
        a.level = level;
        a.name = name;
        a.code = code;
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        if (level == AreaLevel.COMMUNE) {
            a.publicSlug = slugs.free(name, parentId);
        }
        a.persist();
        audit.record(audit.currentActor(), "area.created", "area", String.valueOf(a.id), AuditTrail.json(
                "level", level, "name", name, "parentId", parentId, "code", code));
        return a;
    }

    /** True when {@code e} says another transaction created the same area first (or holds it still). */
    static boolean lostRace(final Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
