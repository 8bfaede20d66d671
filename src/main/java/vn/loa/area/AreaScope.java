package vn.loa.area;

import java.util.Set;

/**
 * The areas a user may see and act in: {@code everywhere} (administrators), or the ids of their area and everything
 * below it. Services filter lists with {@link #areaIds()} unless {@link #everywhere()}. {@code root} and
 * {@code rootLevel}, when known, name the user's own area, the top of that subtree: since areas nest strictly
 * (province, commune, village), a query can then say "below this province" in a constant-size condition rather
 * than list every id (a province of 2,000 villages).
 */
public record AreaScope(boolean everywhere, Set<Long> areaIds, Long root, AreaLevel rootLevel) {

    public static final AreaScope EVERYWHERE = new AreaScope(true, Set.of());
    public static final AreaScope NOWHERE = new AreaScope(false, Set.of());

    public AreaScope {
        areaIds = Set.copyOf(areaIds);
        if ((root == null) != (rootLevel == null) || root != null && !areaIds.contains(root)) {
            throw new IllegalArgumentException("a scope's root is one of its areas, with its level");
        }
    }

    /** A scope without a known root. */
    public AreaScope(final boolean everywhere, final Set<Long> areaIds) {
        this(everywhere, areaIds, null, null);
    }

    /** True when an area (null: an area-less row, visible to administrators only) lies in this scope. */
    public boolean contains(final Long areaId) {
        return everywhere || areaId != null && areaIds.contains(areaId);
    }
}
