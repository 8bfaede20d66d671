package vn.loa.cap;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.bulletin.Bulletin;
import vn.loa.error.NotFoundException;

/**
 * Reading the CAP messages Loa accepted: administrators see all; anyone else those they posted and those whose
 * bulletin lies in their area (outside it a message does not exist for them: 404).
 */
@ApplicationScoped
public class CapAlerts {

    @Inject
    AreaGuard guard;

    @Transactional
    public List<CapAlert> recent(final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return CapAlert.findAll(Sort.descending("id")).page(0, limit).list();
        }
        return CapAlert.find("from CapAlert a where a.receivedBy = ?1 or exists (select b.id from Bulletin b "
                + "where b.id = a.bulletinId and b.areaId in ?2) order by a.id desc", username,
                scope.areaIds().isEmpty() ? List.of(-1L) : scope.areaIds()).page(0, limit).list();
    }

    @Transactional
    public CapAlert get(final long id, final String username) {
        final CapAlert a = CapAlert.findById(id);
        if (a == null || !visible(a, guard.scope(username), username)) {
            throw new NotFoundException("cap alert", id);
        }
        return a;
    }

    /** Whether the user may see (and so withdraw, by an Update or Cancel) this message. */
    @Transactional
    public boolean visible(final CapAlert a, final String username) {
        return visible(a, guard.scope(username), username);
    }

    private static boolean visible(final CapAlert a, final AreaScope scope, final String username) {
        if (scope.everywhere() || a.receivedBy.equals(username)) {
            return true;
        }
        final Bulletin b = a.bulletinId == null ? null : Bulletin.findById(a.bulletinId);
        return b != null && scope.contains(b.areaId);
    }
}
