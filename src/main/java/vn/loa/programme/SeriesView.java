package vn.loa.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.loa.broadcast.Broadcast;

/**
 * A series as the API shows it: the plan, then every occurrence of its rule that still belongs to it (before
 * {@code endsBefore}) and every occurrence that was withdrawn from it, each with its broadcast once expanded
 * ({@code broadcastId} null before). What played is in each broadcast's deliveries ({@code /api/broadcasts/{id}}).
 */
public record SeriesView(long id, long bulletinId, Instant start, String rrule, String exdate, long validityMinutes,
        SeriesState state, Instant endsBefore, Long parentId, Long continuedBy, String createdBy, Instant createdAt,
        String endedBy, Instant endedAt, List<Occurrence> occurrences) {

    /** One occurrence: its start and, once expanded, its broadcast; {@code canceled} when it was withdrawn. */
    public record Occurrence(Instant at, Long broadcastId, boolean canceled) {
    }

    static SeriesView of(final Series s, final List<Instant> rule, final List<Broadcast> made, final Long next) {
        final Map<Instant, Broadcast> byStart = made.stream()
                .collect(Collectors.toMap(b -> b.occurrenceAt, Function.identity()));
        final List<Occurrence> out = new ArrayList<>();
        for (Instant at : rule) {
            final Broadcast b = byStart.get(at);
            if (b != null || s.endsBefore == null || at.isBefore(s.endsBefore)) {
                out.add(new Occurrence(at, b == null ? null : b.id, b != null && b.canceledAt != null));
            }
        }
        return new SeriesView(s.id, s.bulletinId, s.firstStart, s.rrule, s.exdate, s.validityMs / 60_000, s.state,
                s.endsBefore, s.parentId, next, s.createdBy, s.createdAt, s.endedBy, s.endedAt, out);
    }
}
