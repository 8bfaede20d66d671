package vn.loa.upward;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.error.InvalidInputException;
import vn.loa.report.Coverage;
import vn.loa.report.Csv;
import vn.loa.report.LogFilter;
import vn.loa.report.Table;
import vn.loa.report.Xlsx;

/**
 * The report as files: XLSX with one sheet per part ({@link #PARTS}), CSV with one part ({@code table=}, results by
 * default), both through {@code report.Csv}/{@code report.Xlsx}. Headers are the JSON's field names, for the
 * province's importers rather than for reading; times are Vietnam time with the offset, as in the log's files.
 */
final class UpwardFiles {

    /** The parts, in the order of the workbook's sheets. */
    static final List<String> PARTS = List.of("bulletins", "broadcasts", "results", "receivers", "coverage",
            "reached");

    private UpwardFiles() {
    }

    static Response csv(final UpwardReport report, final String part) {
        final String name = part == null || part.isBlank() ? "results" : part.strip().toLowerCase(Locale.ROOT);
        if (!PARTS.contains(name)) {
            throw new InvalidInputException("invalid-table", "'table' must be one of " + String.join(", ", PARTS));
        }
        final Table table = tables(report).get(PARTS.indexOf(name));
        return download(Csv.table(table), "text/csv; charset=UTF-8", report, name + ".csv");
    }

    static Response xlsx(final UpwardReport report) {
        return download(Xlsx.tables(tables(report)), Xlsx.CONTENT_TYPE, report, "xlsx");
    }

    static List<Table> tables(final UpwardReport r) {
        final List<List<Object>> bulletins = new ArrayList<>();
        r.bulletins().forEach(b -> bulletins.add(row(b.id(), b.title(), b.language(), b.kind(), b.priority(),
                b.author(), b.approver(), b.createdAt(), b.submittedAt(), b.approvedAt())));
        final List<List<Object>> broadcasts = new ArrayList<>();
        r.broadcasts().forEach(b -> broadcasts.add(row(b.id(), b.bulletinId(), b.plannedAt(), b.expiresAt(),
                b.createdBy(), b.createdAt(), b.canceledAt(), b.receivers(), String.join("; ", b.villages()))));
        final List<List<Object>> results = new ArrayList<>();
        r.results().forEach(x -> results.add(row(x.broadcastId(), x.bulletinId(), x.receiverId(), x.commune(),
                x.village(), x.plannedAt(), x.state(), x.startedAt(), x.finishedAt(), x.reportedAt(),
                x.reportedLate(), x.detail())));
        final List<List<Object>> receivers = new ArrayList<>();
        r.receivers().forEach(x -> receivers.add(row(x.id(), x.name(), x.commune(), x.village(), x.online(),
                x.lastSeenAt(), x.statusAt(), x.firmware(), x.powerSource(), x.batteryPercent(), x.signalDbm(),
                x.uptime().observedSeconds(), x.uptime().onlineSeconds(), x.uptime().percent())));
        final List<List<Object>> coverage = new ArrayList<>();
        for (Coverage c : r.coverage()) {
            coverage.add(row(c.commune(), c.village(), c.planned(), c.played(), c.missed(), c.canceled(),
                    c.pending(), c.percent()));
        }
        final List<List<Object>> reached = new ArrayList<>();
        r.reached().forEach(x -> reached.add(row(x.commune(), x.village(), x.receiverId(), x.receiverName(),
                x.receiverVillage(), x.medium(), x.planned(), x.played(), x.missed(), x.canceled(), x.pending(),
                x.percent())));
        return List.of(
                new Table("bulletins", List.of("id", "title", "language", "kind", "priority", "author", "approver",
                        "createdAt", "submittedAt", "approvedAt"), bulletins),
                new Table("broadcasts", List.of("id", "bulletinId", "plannedAt", "expiresAt", "createdBy",
                        "createdAt", "canceledAt", "receivers", "villages"), broadcasts),
                new Table("results", List.of("broadcastId", "bulletinId", "receiverId", "commune", "village",
                        "plannedAt", "state", "startedAt", "finishedAt", "reportedAt", "reportedLate", "detail"),
                        results),
                new Table("receivers", List.of("id", "name", "commune", "village", "online", "lastSeenAt",
                        "statusAt", "firmware", "powerSource", "batteryPercent", "signalDbm", "observedSeconds",
                        "onlineSeconds", "uptimePercent"), receivers),
                new Table("coverage", List.of("commune", "village", "planned", "played", "missed", "canceled",
                        "pending", "percent"), coverage),
                new Table("reached", List.of("commune", "village", "receiverId", "receiverName", "receiverVillage",
                        "medium", "planned", "played", "missed", "canceled", "pending", "percent"), reached));
    }

    private static List<Object> row(final Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static Response download(final byte[] body, final String type, final UpwardReport r,
            final String suffix) {
        final String name = "loa-upward-" + r.area().id() + "-" + LocalDate.ofInstant(r.from(), LogFilter.ZONE)
                + "." + suffix;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
