package vn.loa.area;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the area tree, with the walks every caller needs (children, subtree, ancestry, path).
 * Pure: no database, so the rules are unit-tested directly; {@link AreaDirectory} builds one per call.
 */
final class AreaTree {

    /** Separator of {@link #path(long)}: "Tuyên Quang › Minh Tân › Thôn Mỏ Sài". */
    static final String SEPARATOR = " › ";

    /** One area as the tree needs it. */
    record Node(long id, Long parentId, AreaLevel level, String name, boolean archived) {
    }

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> childrenById = new HashMap<>();

    AreaTree(final Collection<Node> nodes) {
        nodes.forEach(n -> byId.put(n.id(), n));
        for (Node n : nodes) {
            if (n.parentId() != null) {
                childrenById.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        childrenById.values().forEach(l -> l.sort(Comparator.comparing(Node::name).thenComparing(Node::id)));
    }

    Optional<Node> get(final long id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Node> children(final long id) {
        return List.copyOf(childrenById.getOrDefault(id, List.of()));
    }

    /** The area and everything below it, the area first, then breadth first; empty when the id is unknown. */
    List<Node> subtree(final long id) {
        final Node root = byId.get(id);
        if (root == null) {
            return List.of();
        }
        final List<Node> out = new ArrayList<>();
        final Deque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            final Node n = queue.poll();
            out.add(n);
            queue.addAll(childrenById.getOrDefault(n.id(), List.of()));
        }
        return out;
    }

    Set<Long> subtreeIds(final long id) {
        final Set<Long> ids = new LinkedHashSet<>();
        subtree(id).forEach(n -> ids.add(n.id()));
        return ids;
    }

    /** True when {@code areaId} is {@code ancestorId} or lies below it. */
    boolean within(final long areaId, final long ancestorId) {
        for (Node n = byId.get(areaId); n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            if (n.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** The names from the province down to the area, joined by {@link #SEPARATOR}; empty when unknown. */
    String path(final long id) {
        final Deque<String> names = new ArrayDeque<>();
        for (Node n = byId.get(id); n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            names.addFirst(n.name());
        }
        return String.join(SEPARATOR, names);
    }

    Collection<Node> all() {
        return byId.values();
    }
}
