package vn.loa.cap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.receiver.Receiver;

/**
 * Where a CAP alert plays: areas whose administrative unit code a {@code geocode} names (valueName
 * {@link CapConfig#geocodeName()}), and receivers whose position lies in a {@code polygon} or {@code circle}; only
 * what lies in the poster's area, and only areas that have receivers.
 */
@ApplicationScoped
public class CapAreas {

    /** The matched areas (by id) and receivers (by id), and the area the bulletin is written for. */
    public record Match(Set<Long> areaIds, Set<String> receiverIds, long bulletinAreaId, boolean immediatePolicy) {
    }

    @Inject
    CapConfig config;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory directory;

    /** @throws CapRefusal {@code cap-unknown-area} when nothing matches, {@code cap-no-receivers} */
    @Transactional
    public Match match(final List<CapMessage.Area> capAreas, final String by) {
        final AreaScope scope = guard.scope(by);
        final Set<Long> areaIds = new TreeSet<>();
        final List<CapGeometry> shapes = new ArrayList<>();
        for (CapMessage.Area a : capAreas) {
            for (CapMessage.Geocode g : a.geocodes()) {
                if (config.geocodeName().equalsIgnoreCase(g.valueName()) && g.value() != null) {
                    Area.<Area>find("adminCode = ?1 and archived = false", g.value().strip()).firstResultOptional()
                            .filter(found -> scope.contains(found.id)).ifPresent(found -> areaIds.add(found.id));
                }
            }
            a.polygons().forEach(p -> shapes.add(CapGeometry.polygon(p)));
            a.circles().forEach(c -> shapes.add(CapGeometry.circle(c)));
        }
        final Set<String> receiverIds = new TreeSet<>();
        if (!shapes.isEmpty()) {
            final List<Receiver> placed = scope.everywhere()
                    ? Receiver.list("latitude is not null and longitude is not null")
                    : scope.areaIds().isEmpty() ? List.of() : Receiver.list("latitude is not null and longitude "
                            + "is not null and areaId in ?1", scope.areaIds());
            for (Receiver r : placed) {
                if (shapes.stream().anyMatch(s -> s.contains(r.latitude, r.longitude))) {
                    receiverIds.add(r.id);
                }
            }
        }
        if (areaIds.isEmpty() && receiverIds.isEmpty()) {
            throw new CapRefusal("cap-unknown-area", "the alert names no area Loa knows in your area: no geocode "
                    + config.geocodeName() + " matches an area's administrative unit code, and no polygon or circle "
                    + "holds a receiver / cảnh báo không nêu khu vực nào Loa biết");
        }
        areaIds.removeIf(id -> Receiver.count("areaId in ?1", directory.subtreeIds(id)) == 0);
        if (areaIds.isEmpty() && receiverIds.isEmpty()) {
            throw new CapRefusal("cap-no-receivers", "no receiver is registered in the areas the alert names");
        }
        final Set<Long> all = new LinkedHashSet<>(areaIds);
        for (String id : receiverIds) {
            final Receiver r = Receiver.findById(id);
            if (r.areaId != null) {
                all.add(r.areaId);
            }
        }
        final boolean immediate = !all.isEmpty() && all.stream()
                .allMatch(id -> "IMMEDIATE".equals(directory.get(id).capPolicy));
        return new Match(areaIds, receiverIds, commonAncestor(all, by), immediate);
    }

    /**
     * The deepest area that holds all the given ones, so the approvers there see the bulletin; when they lie in
     * different provinces, the poster's own area, else the first one's province.
     */
    private long commonAncestor(final Set<Long> areaIds, final String by) {
        List<Long> common = null;
        for (Long id : areaIds) {
            final List<Long> chain = chain(id);
            if (common == null) {
                common = chain;
            } else {
                int n = 0;
                while (n < common.size() && n < chain.size() && common.get(n).equals(chain.get(n))) {
                    n++;
                }
                common = common.subList(0, n);
            }
        }
        if (common != null && !common.isEmpty()) {
            return common.get(common.size() - 1);
        }
        if (areaIds.isEmpty()) {
            return guard.areaOf(by).orElseThrow(() -> new CapRefusal("cap-no-receivers",
                    "the receivers the alert names belong to no area"));
        }
        return guard.areaOf(by).orElseGet(() -> chain(areaIds.iterator().next()).get(0));
    }

    /** Province first, the area itself last. */
    private List<Long> chain(final long id) {
        final List<Long> chain = new ArrayList<>();
        for (Long at = id; at != null; at = directory.get(at).parentId) {
            chain.add(0, at);
        }
        return chain;
    }
}
