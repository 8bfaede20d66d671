package vn.loa.upward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaScope;
import vn.loa.broadcast.Broadcast;
import vn.loa.bulletin.Bulletin;
import vn.loa.error.InvalidInputException;
import vn.loa.receiver.FleetConfig;
import vn.loa.receiver.Receiver;
import vn.loa.report.Coverage;
import vn.loa.report.LogFilter;
import vn.loa.report.LogQuery;
import vn.loa.report.LogRow;
import vn.loa.report.LogStatsQuery;

/**
 * Builds the {@link UpwardReport} of an area and a period from the log ({@code report.LogQuery}, the coverage of
 * {@code report.LogStatsQuery}), the bulletins and broadcasts it names, and the receivers of the area with their
 * presence history. Who may ask is the caller's business ({@link UpwardResource} asks {@code AreaGuard}).
 */
@ApplicationScoped
public class UpwardReports {

    @Inject
    LogQuery log;

    @Inject
    LogStatsQuery stats;

    @Inject
    AreaDirectory directory;

    @Inject
    FleetConfig fleet;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @throws InvalidInputException {@code report-too-large} when the period holds more than
     *                               {@link LogQuery#MAX_ROWS} deliveries in the area
     */
    @Transactional
    public UpwardReport build(final long areaId, final Instant from, final Instant to) {
        final Area area = directory.get(areaId);
        final Set<Long> areaIds = directory.subtreeIds(areaId);
        final LogFilter filter = LogFilter.ALL.withRange(from, to).within(new AreaScope(false, areaIds));
        final Coverage.Report coverage = stats.coverage(filter);
        final long planned = coverage.communes().stream().mapToLong(Coverage::planned).sum();
        if (planned > LogQuery.MAX_ROWS) {
            throw new InvalidInputException("report-too-large", "the period holds " + planned + " deliveries in this "
                    + "area, more than " + LogQuery.MAX_ROWS + " that one report carries: ask for a shorter period");
        }
        final List<LogRow> rows = new ArrayList<>(log.find(filter));
        rows.sort((a, b) -> a.scheduledAt().equals(b.scheduledAt()) ? a.receiverId().compareTo(b.receiverId())
                : a.scheduledAt().compareTo(b.scheduledAt()));
        final List<UpwardReport.ResultLine> results = rows.stream().map(r -> new UpwardReport.ResultLine(
                r.broadcastId(), r.bulletinId(), r.receiverId(), r.commune(), r.village(), r.scheduledAt(), r.state(),
                r.startedAt(), r.finishedAt(), r.reportedAt(), r.reportedLate(), r.detail())).toList();
        final Instant now = clock.instant();
        return new UpwardReport(UpwardReport.VERSION, new UpwardReport.AreaRef(area.id, area.name,
                area.level.name().toLowerCase(Locale.ROOT), directory.path(area.id)), from, to, now,
                bulletins(rows), broadcasts(rows), results, receivers(areaIds, from, to, now), coverage.villages(),
                coverage.reached());
    }

    private List<UpwardReport.BulletinLine> bulletins(final List<LogRow> rows) {
        final List<Long> ids = rows.stream().map(LogRow::bulletinId).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Bulletin.<Bulletin>list("id in ?1 order by id", ids).stream().map(b -> new UpwardReport.BulletinLine(
                b.id, b.title, b.language, b.recordingSha256 != null ? "recording" : "text",
                b.priority.name().toLowerCase(Locale.ROOT), b.author, b.decidedBy, b.createdAt, b.submittedAt,
                b.decidedAt)).toList();
    }

    private List<UpwardReport.BroadcastLine> broadcasts(final List<LogRow> rows) {
        final Map<Long, Set<String>> villages = new LinkedHashMap<>();
        final Map<Long, Integer> receivers = new HashMap<>();
        for (LogRow r : rows) {
            villages.computeIfAbsent(r.broadcastId(), k -> new TreeSet<>()).add(r.village());
            receivers.merge(r.broadcastId(), 1, Integer::sum);
        }
        if (villages.isEmpty()) {
            return List.of();
        }
        return Broadcast.<Broadcast>list("id in ?1 order by playAt, id", List.copyOf(villages.keySet())).stream()
                .map(b -> new UpwardReport.BroadcastLine(b.id, b.bulletinId, b.playAt, b.expiresAt, b.createdBy,
                        b.createdAt, b.canceledAt, receivers.get(b.id), List.copyOf(villages.get(b.id)))).toList();
    }

    private List<UpwardReport.ReceiverLine> receivers(final Set<Long> areaIds, final Instant from, final Instant to,
            final Instant now) {
        final List<Receiver> list = Receiver.list("areaId in ?1 order by id", List.copyOf(areaIds));
        if (list.isEmpty()) {
            return List.of();
        }
        final Presence presence = Presence.load(em, list.stream().map(r -> r.id).toList(), from, to);
        final List<UpwardReport.ReceiverLine> out = new ArrayList<>();
        for (Receiver r : list) {
            final Instant start = r.createdAt.isAfter(from) ? r.createdAt : from;
            final Instant end = now.isBefore(to) ? now : to;
            final boolean online = r.online && r.lastSeenAt != null
                    && !r.lastSeenAt.isBefore(now.minus(fleet.offlineAfter()));
            out.add(new UpwardReport.ReceiverLine(r.id, r.name, r.commune, r.village, online, r.lastSeenAt,
                    r.statusAt, r.firmware, r.powerSource, r.batteryPercent, r.signalDbm,
                    Uptime.of(presence.onlineAt(r.id, r.online), presence.within(r.id), start, end)));
        }
        return out;
    }
}
