package vn.loa.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.loa.web.TimeFormat;

/**
 * Which quiet hours hold in an area (issue 10 item 3): its own window, else its nearest ancestor's, else the
 * configured default. Windows are local time in {@link #ZONE}.
 */
@ApplicationScoped
public class QuietHoursPolicy {

    /** The communes' zone: windows are read there, and receivers are told its offset. */
    public static final ZoneId ZONE = TimeFormat.ZONE;

    @Inject
    QuietHoursConfig config;

    /**
     * The window that holds in an area and where it comes from.
     *
     * @param areaId   the area that sets it, null for the configured default
     * @param areaPath that area's path for messages ("Tuyên Quang › Minh Tân"), or "default"
     */
    public record Effective(QuietHours window, Long areaId, String areaPath) {
    }

    /** The window of area {@code areaId} (null: an unplaced receiver, the default); empty when none holds. */
    @Transactional
    public Optional<Effective> effective(final Long areaId) {
        return resolve(areaId, loadAll(), new AreaDirectoryPaths());
    }

    /**
     * A resolver for many areas at once (the dispatcher's batch, a broadcast's targets): the area table is read
     * once, then every answer comes from memory.
     */
    @Transactional
    public Resolver resolver() {
        final Map<Long, Area> all = loadAll();
        final AreaDirectoryPaths paths = new AreaDirectoryPaths();
        final Map<Long, Optional<Effective>> memo = new HashMap<>();
        return areaId -> areaId == null ? resolve(null, all, paths)
                : memo.computeIfAbsent(areaId, id -> resolve(id, all, paths));
    }

    /** See {@link #resolver()}. */
    @FunctionalInterface
    public interface Resolver {
        Optional<Effective> effective(Long areaId);
    }

    /** The configured default window, if any. */
    public Optional<QuietHours> defaultWindow() {
        return parseDefault(config.defaultWindow());
    }

    /** {@code HH:MM-HH:MM} or {@code none}. */
    static Optional<QuietHours> parseDefault(final String value) {
        final String text = value.strip();
        if (text.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        final String[] ends = text.split("-", 2);
        if (ends.length != 2) {
            throw new IllegalStateException("loa.quiet-hours.default-window must be HH:MM-HH:MM or none, got " + text);
        }
        return Optional.of(QuietHours.of(ends[0].strip(), ends[1].strip()));
    }

    private Optional<Effective> resolve(final Long areaId, final Map<Long, Area> all,
            final AreaDirectoryPaths paths) {
        Long id = areaId;
        int guard = 0;
        while (id != null && guard++ < 16) {
            final Area a = all.get(id);
            if (a == null) {
                break;
            }
            if (a.quietFrom != null && a.quietTo != null) {
                return Optional.of(new Effective(QuietHours.of(a.quietFrom, a.quietTo), a.id, paths.path(all, a.id)));
            }
            id = a.parentId;
        }
        return defaultWindow().map(w -> new Effective(w, null, "default"));
    }

    private static Map<Long, Area> loadAll() {
        final Map<Long, Area> all = new HashMap<>();
        for (Area a : Area.<Area>listAll()) {
            all.put(a.id, a);
        }
        return all;
    }

    /** "Tuyên Quang › Minh Tân" from the loaded areas. */
    private static final class AreaDirectoryPaths {

        String path(final Map<Long, Area> all, final long id) {
            final StringBuilder path = new StringBuilder();
            Long at = id;
            int guard = 0;
            while (at != null && guard++ < 16) {
                final Area a = all.get(at);
                if (a == null) {
                    break;
                }
                path.insert(0, path.length() == 0 ? a.name : a.name + " › ");
                at = a.parentId;
            }
            return path.toString();
        }
    }
}
