package vn.loa.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.loa.error.ForbiddenActionException;

/**
 * Where a user may act: an administrator everywhere, anyone else in their own area and below it, a user without an
 * area nowhere (fail closed). Services call this with the username, so the REST API and the web UI share the check.
 * Roles are still checked by {@code @RolesAllowed}; this adds the place.
 */
@ApplicationScoped
public class AreaGuard {

    @Inject
    EntityManager em;

    @Inject
    AreaDirectory directory;

    /** The areas a user may see and act in; {@link AreaScope#everywhere()} for administrators. */
    @Transactional
    public AreaScope scope(final String username) {
        final List<Object[]> rows = em.createQuery(
                "select u.role, u.areaId from UserAccount u where u.username = :n", Object[].class)
                .setParameter("n", username).getResultList();
        if (rows.isEmpty()) {
            return AreaScope.NOWHERE;
        }
        if ("admin".equals(rows.get(0)[0])) {
            return AreaScope.EVERYWHERE;
        }
        final Long areaId = (Long) rows.get(0)[1];
        if (areaId == null) {
            return AreaScope.NOWHERE;
        }
        final Area root = Area.findById(areaId);
        return root == null ? AreaScope.NOWHERE
                : new AreaScope(false, directory.subtreeIds(areaId), areaId, root.level);
    }

    /** The user's own area; empty for an unknown user or an administrator without one. */
    @Transactional
    public java.util.Optional<Long> areaOf(final String username) {
        return em.createQuery("select u.areaId from UserAccount u where u.username = :n", Long.class)
                .setParameter("n", username).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Ids of every area the user may see: all of them for an administrator. */
    @Transactional
    public Set<Long> visibleAreaIds(final String username) {
        final AreaScope scope = scope(username);
        return scope.everywhere() ? directory.tree().all().stream().map(AreaTree.Node::id)
                .collect(java.util.stream.Collectors.toSet()) : scope.areaIds();
    }

    /** Throws {@code outside-area} (403) unless the area lies within the user's. */
    @Transactional
    public void requireWithin(final String username, final long areaId) {
        if (!scope(username).contains(areaId)) {
            throw outside(username, "area " + areaId + " (" + directory.path(areaId) + ")");
        }
    }

    /** The refusal for a target outside the user's area; {@code what} names the target. */
    public static ForbiddenActionException outside(final String username, final String what) {
        return new ForbiddenActionException("outside-area", what + " is outside the area of " + username
                + " / nằm ngoài khu vực của " + username);
    }
}
