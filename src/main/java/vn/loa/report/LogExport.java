package vn.loa.report;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The log as a file download, the same for the API and the page: {@code loa-log-<today in Vietnam>.csv|xlsx}. */
final class LogExport {

    private LogExport() {
    }

    static Response csv(final List<LogRow> rows, final LogWords words, final Clock clock) {
        return download(Csv.file(rows, words), "text/csv; charset=UTF-8", "csv", clock);
    }

    static Response xlsx(final List<LogRow> rows, final LogWords words, final Clock clock) {
        return download(Xlsx.of(rows, words), Xlsx.CONTENT_TYPE, "xlsx", clock);
    }

    private static Response download(final byte[] body, final String type, final String extension, final Clock clock) {
        final String name = "loa-log-" + LocalDate.now(clock.withZone(LogFilter.ZONE)) + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
