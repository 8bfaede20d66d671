package vn.loa.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.area.AreaScope;
import vn.loa.area.QuietHoursPolicy;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.SlotNames;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * Programme slots, the plan (issue 10 item 2): creating one checks its rule ({@link Recurrence}, bounded within
 * {@code loa.dispatch.max-ahead}), keeps it out of the quiet hours of its area and the areas below, and refuses it when
 * an occurrence would overlap one of another slot that plays on the same receivers (its area, one above or one below
 * it). The playlists are {@link SlotPlanning}'s. Reading is for everyone logged in whose area the slot plays in.
 */
@ApplicationScoped
public class SlotService implements SlotNames {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Clock clock;

    @Inject
    ProgrammeConfig config;

    @Inject
    DispatchConfig dispatch;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory areas;

    @Inject
    QuietHoursPolicy quietHours;

    @Inject
    AuditTrail audit;

    /** Checks everything first: a refused slot leaves nothing behind. */
    @Transactional
    public Slot create(final String by, final SlotRequest r) {
        final Instant now = clock.instant();
        final Area area = Area.findById(r.areaId());
        if (area == null || area.archived) {
            throw new InvalidInputException("unknown-area", "area " + r.areaId() + " does not exist");
        }
        if (!guard.scope(by).contains(area.id)) {
            throw AreaGuard.outside(by, "area " + area.id + " (" + areas.path(area.id) + ")");
        }
        if (area.level == AreaLevel.PROVINCE) {
            throw new InvalidInputException("slot-area-level", "a programme slot belongs to a commune or a village, "
                    + "not to the province " + areas.path(area.id));
        }
        final String name = r.name().strip();
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("invalid-name", "name must be one line of text");
        }
        final Instant start = r.start().toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (start.isBefore(now)) {
            throw new InvalidInputException("start-in-past", "start " + r.start() + " is in the past");
        }
        final Recurrence rec = Recurrence.of(start, r.rrule(), r.exdate(), new Recurrence.Limits(
                config.maxOccurrences(), config.minGap(), now.plus(dispatch.maxAhead())));
        final Duration length = Duration.ofSeconds(r.lengthSeconds());
        requireOutsideQuietHours(area.id, rec.occurrences(), length);
        // one slot creation at a time per province: two overlapping slots made at once cannot both pass the check
        Area top = area;
        while (top.parentId != null) {
            top = Area.findById(top.parentId);
        }
        Area.findById(top.id, LockModeType.PESSIMISTIC_WRITE);
        requireNoOverlap(area.id, name, rec.occurrences(), length, now);

        final Slot s = new Slot();
        s.areaId = area.id;
        s.name = name;
        s.firstStart = rec.start();
        s.rrule = rec.rrule();
        s.exdate = rec.exdate();
        s.lengthSeconds = r.lengthSeconds();
        s.pauseSeconds = r.pauseSeconds() == null ? config.slotPauseSeconds() : r.pauseSeconds();
        s.createdBy = by;
        s.createdAt = now;
        s.persist();
        audit.record(by, "slot.created", "slot", String.valueOf(s.id), AuditTrail.json("areaId", s.areaId,
                "name", s.name, "start", s.firstStart, "rrule", s.rrule, "exdate", s.exdate,
                "lengthSeconds", s.lengthSeconds, "pauseSeconds", s.pauseSeconds,
                "occurrences", rec.occurrences().size()));
        return s;
    }

    private void requireOutsideQuietHours(final long areaId, final List<Instant> occurrences, final Duration length) {
        final QuietHoursPolicy.Resolver resolver = quietHours.resolver();
        for (Long id : areas.subtreeIds(areaId)) {
            resolver.effective(id).ifPresent(e -> {
                for (Instant at : occurrences) {
                    if (e.window().overlaps(at, at.plus(length), QuietHoursPolicy.ZONE)) {
                        throw new InvalidInputException("quiet-hours", "the slot would play "
                                + HHMM.format(at.atZone(QuietHoursPolicy.ZONE)) + "–"
                                + HHMM.format(at.plus(length).atZone(QuietHoursPolicy.ZONE))
                                + " (Asia/Ho_Chi_Minh) on " + at.atZone(QuietHoursPolicy.ZONE).toLocalDate()
                                + ", inside the quiet hours " + e.window() + " of area " + e.areaPath()
                                + "; a programme slot is routine: choose another time or a shorter length");
                    }
                }
            });
        }
    }

    /** Slots whose receivers are shared: the same area, one above it or one below it. */
    private void requireNoOverlap(final long areaId, final String name, final List<Instant> mine,
            final Duration length, final Instant now) {
        for (Slot other : Slot.<Slot>list("areaId in ?1", related(areaId))) {
            final List<Instant> theirs = stored(other).between(now.minus(other.length()), Instant.MAX);
            final Instant clash = firstOverlap(mine, length, theirs, other.length());
            if (clash != null) {
                throw new ConflictException("slot-overlap", "slot \"" + name + "\" would overlap slot " + other.id
                        + " \"" + other.name + "\" (" + areas.path(other.areaId) + ") at " + clash
                        + ": both play on the same receivers");
            }
        }
    }

    /** The areas whose slots play on the receivers of {@code areaId}'s slots: it, the areas above and below it. */
    private Set<Long> related(final long areaId) {
        final Set<Long> out = new HashSet<>(areas.subtreeIds(areaId));
        out.addAll(above(areaId));
        return out;
    }

    /** The areas above {@code areaId}, nearest first. */
    static List<Long> above(final long areaId) {
        final List<Long> out = new ArrayList<>();
        Area a = Area.findById(areaId);
        while (a != null && a.parentId != null) {
            out.add(a.parentId);
            a = Area.findById(a.parentId);
        }
        return out;
    }

    /** The first occurrence of {@code a} whose window meets a window of {@code b}; both lists in order. */
    static Instant firstOverlap(final List<Instant> a, final Duration lengthA, final List<Instant> b,
            final Duration lengthB) {
        int j = 0;
        for (Instant x : a) {
            final Instant xEnd = x.plus(lengthA);
            while (j < b.size() && !b.get(j).plus(lengthB).isAfter(x)) {
                j++;
            }
            if (j < b.size() && b.get(j).isBefore(xEnd)) {
                return x;
            }
        }
        return null;
    }

    /** A slot the user may see: it plays in their area (its area is in it or above it); 404 otherwise. */
    @Transactional
    public Slot get(final long id, final String username) {
        final Slot s = Slot.findById(id);
        if (s == null || !visible(s, guard.scope(username))) {
            throw new NotFoundException("slot", id);
        }
        return s;
    }

    /** A visible slot that the user may also change (it lies in their area), locked for the change. */
    Slot lockEditable(final long id, final String username) {
        final Slot s = get(id, username);
        if (!guard.scope(username).contains(s.areaId)) {
            throw AreaGuard.outside(username, "slot " + id + " of area " + areas.path(s.areaId));
        }
        return Slot.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean visible(final Slot s, final AreaScope scope) {
        return scope.everywhere() || scope.contains(s.areaId)
                || (scope.root() != null && above(scope.root()).contains(s.areaId));
    }

    /** The slots the user may see; with {@code areaId}, those that play in that area (it, above or below it). */
    @Transactional
    public List<SlotView> list(final String username, final Long areaId) {
        final AreaScope scope = guard.scope(username);
        final List<Long> aboveMe = scope.root() == null ? List.of() : above(scope.root());
        if (areaId != null && !scope.everywhere() && !scope.contains(areaId) && !aboveMe.contains(areaId)) {
            throw AreaGuard.outside(username, "area " + areaId);
        }
        final List<Slot> found;
        if (areaId != null) {
            found = Slot.list("areaId in ?1 order by id", related(areaId));
        } else if (scope.everywhere()) {
            found = Slot.list("order by id");
        } else {
            final Set<Long> mine = new HashSet<>(scope.areaIds());
            mine.addAll(aboveMe);
            found = mine.isEmpty() ? List.of() : Slot.list("areaId in ?1 order by id", mine);
        }
        return found.stream().filter(s -> visible(s, scope)).map(this::view).toList();
    }

    public SlotView view(final Slot s) {
        final List<Instant> all = stored(s).occurrences();
        final Instant now = clock.instant();
        final Instant next = all.stream().filter(t -> !t.isBefore(now)).findFirst().orElse(null);
        return new SlotView(s.id, s.areaId, areas.path(s.areaId), s.name, s.firstStart, s.rrule, s.exdate,
                s.lengthSeconds, s.pauseSeconds, all.size(), next, s.createdBy, s.createdAt);
    }

    /** A stored slot's rule, checked when it was made; the limits that held then are not asked again. */
    static Recurrence stored(final Slot s) {
        return Recurrence.of(s.firstStart, s.rrule, s.exdate,
                new Recurrence.Limits(Integer.MAX_VALUE / 2, Duration.ZERO, null));
    }

    @Override
    @Transactional
    public String name(final long slotId) {
        final Slot s = Slot.findById(slotId);
        return s == null ? null : s.name;
    }
}
