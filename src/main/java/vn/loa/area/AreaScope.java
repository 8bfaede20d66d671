package vn.loa.area;

import java.util.Set;

/**
 * The areas a user may see and act in: {@code everywhere} (administrators), or the ids of their area and everything
 * below it. Services filter lists with {@link #areaIds()} unless {@link #everywhere()}.
 */
public record AreaScope(boolean everywhere, Set<Long> areaIds) {

    public static final AreaScope EVERYWHERE = new AreaScope(true, Set.of());
    public static final AreaScope NOWHERE = new AreaScope(false, Set.of());

    public AreaScope {
        areaIds = Set.copyOf(areaIds);
    }

    /** True when an area (null: an area-less row, visible to administrators only) lies in this scope. */
    public boolean contains(final Long areaId) {
        return everywhere || areaId != null && areaIds.contains(areaId);
    }
}
