package vn.loa.area;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.loa.error.NotFoundException;

/**
 * Read side of the areas, for every feature: look an area up, walk below it, test whether one area lies within
 * another, show its path. Cache-free: each call reads the area table (a province has a few thousand rows at most),
 * so a rename or move is seen at once by everyone.
 */
@ApplicationScoped
public class AreaDirectory {

    /** The area; {@link NotFoundException} when there is none with this id. */
    @Transactional
    public Area get(final long id) {
        final Area a = Area.findById(id);
        if (a == null) {
            throw new NotFoundException("area", id);
        }
        return a;
    }

    /** The direct children of an area, by name. */
    @Transactional
    public List<Area> children(final long id) {
        return Area.list("parentId", Sort.by("name").and("id"), id);
    }

    /** The area and everything below it, the area first; empty when the id is unknown. */
    @Transactional
    public List<Area> subtree(final long id) {
        final Set<Long> ids = tree().subtreeIds(id);
        if (ids.isEmpty()) {
            return List.of();
        }
        final java.util.Map<Long, Area> byId = new java.util.HashMap<>();
        Area.<Area>list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).toList();
    }

    /** Ids of the area and everything below it; empty when the id is unknown. */
    @Transactional
    public Set<Long> subtreeIds(final long id) {
        return tree().subtreeIds(id);
    }

    /** True when {@code areaId} is {@code ancestorId} itself or lies below it. */
    @Transactional
    public boolean within(final long areaId, final long ancestorId) {
        return tree().within(areaId, ancestorId);
    }

    /** "Tuyên Quang › Minh Tân › Thôn Mỏ Sài"; empty when the id is unknown. */
    @Transactional
    public String path(final long id) {
        return tree().path(id);
    }

    @Transactional
    AreaTree tree() {
        final List<Area> all = Area.listAll();
        return new AreaTree(all.stream()
                .map(a -> new AreaTree.Node(a.id, a.parentId, a.level, a.name, a.archived)).toList());
    }
}
