package vn.loa.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.broadcast.DeliveryState;
import vn.loa.web.TimeFormat;

/**
 * The programme of one week (issue 10 item 6), Monday to Sunday in Vietnam: every occurrence of the slots that play
 * in an area, day by day, with its items; and for items whose time has come, what the log says they did on the
 * receivers the user may see (played, missed, still open). The plan comes from {@link SlotPlanning}; what played
 * from the deliveries of each item's broadcast, so the two stay apart.
 */
@ApplicationScoped
public class WeekView {

    /** One day of the week and its occurrences in time order; {@code weekday} is {@code MONDAY}…{@code SUNDAY}. */
    public record Day(LocalDate date, List<Entry> entries) {

        public String weekday() {
            return date.getDayOfWeek().name();
        }

        /** {@code 07/12/2026}. */
        public String label() {
            return TimeFormat.day(date);
        }
    }

    /** One occurrence of a slot. */
    public record Entry(SlotView slot, SlotView.OccurrenceView occurrence, List<Line> items) {
    }

    /**
     * One item; {@code played}, {@code missed} and {@code open} count its deliveries to the receivers the user may
     * see ({@code missed}: failed, rejected, expired or timed out; {@code open}: not final yet).
     */
    public record Line(SlotView.ItemView item, boolean due, long played, long missed, long open) {

        /** Deliveries counted: played, missed and open (withdrawn ones are not). */
        public long total() {
            return played + missed + open;
        }
    }

    @Inject
    SlotService slots;

    @Inject
    SlotPlanning planning;

    @Inject
    AreaGuard guard;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The Monday of the week that holds {@code day} (today in Vietnam when null). */
    public LocalDate monday(final LocalDate day) {
        final LocalDate d = day != null ? day : LocalDate.now(clock.withZone(TimeFormat.ZONE));
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week from {@code monday}, for the slots of {@code areaId} (or every slot the user sees when null). */
    @Transactional
    public List<Day> week(final String username, final Long areaId, final LocalDate monday) {
        final Instant from = monday.atStartOfDay(TimeFormat.ZONE).toInstant();
        final Instant to = monday.plusDays(7).atStartOfDay(TimeFormat.ZONE).toInstant();
        final Instant now = clock.instant();
        // (slot, occurrence) pairs: two slots' empty occurrences at one time are equal records, so no map by occurrence
        final List<Map.Entry<SlotView, SlotView.OccurrenceView>> planned = new ArrayList<>();
        for (SlotView s : slots.list(username, areaId)) {
            planning.occurrences(Slot.findById(s.id()), from, to).forEach(o -> planned.add(Map.entry(s, o)));
        }
        final Map<Long, long[]> outcomes = outcomes(planned.stream().flatMap(p -> p.getValue().items().stream())
                .map(SlotView.ItemView::broadcastId).toList(), guard.scope(username));
        final Map<LocalDate, List<Entry>> byDay = new HashMap<>();
        planned.forEach(p -> {
            final SlotView s = p.getKey();
            final SlotView.OccurrenceView o = p.getValue();
            final List<Line> lines = o.items().stream().map(i -> {
                final long[] c = outcomes.getOrDefault(i.broadcastId(), new long[3]);
                return new Line(i, !i.playAt().isAfter(now), c[0], c[1], c[2]);
            }).toList();
            byDay.computeIfAbsent(o.at().atZone(TimeFormat.ZONE).toLocalDate(), d -> new ArrayList<>())
                    .add(new Entry(s, o, lines));
        });
        final List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            final LocalDate d = monday.plusDays(i);
            final List<Entry> list = new ArrayList<>(byDay.getOrDefault(d, List.of()));
            list.sort(Comparator.comparing((Entry e) -> e.occurrence().at()).thenComparing(e -> e.slot().id()));
            days.add(new Day(d, list));
        }
        return days;
    }

    /** Per broadcast: played, missed, open, over the deliveries to receivers within {@code scope}. */
    private Map<Long, long[]> outcomes(final List<Long> broadcasts, final AreaScope scope) {
        final Map<Long, long[]> out = new HashMap<>();
        if (broadcasts.isEmpty() || !scope.everywhere() && scope.areaIds().isEmpty()) {
            return out;
        }
        final String jpql = "select d.broadcastId, d.state, count(d) from Delivery d, Receiver r"
                + " where d.receiverId = r.id and d.broadcastId in :ids"
                + (scope.everywhere() ? "" : " and r.areaId in :areas") + " group by d.broadcastId, d.state";
        final var q = em.createQuery(jpql, Object[].class).setParameter("ids", broadcasts);
        if (!scope.everywhere()) {
            q.setParameter("areas", scope.areaIds());
        }
        for (Object[] row : q.getResultList()) {
            final DeliveryState state = (DeliveryState) row[1];
            final long n = (Long) row[2];
            final long[] c = out.computeIfAbsent((Long) row[0], k -> new long[3]);
            if (state == DeliveryState.PLAYED) {
                c[0] += n;
            } else if (state == DeliveryState.CANCELED) {
                continue;
            } else if (state.isFinal()) {
                c[1] += n;
            } else {
                c[2] += n;
            }
        }
        return out;
    }
}
