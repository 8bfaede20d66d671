package vn.loa.report;

import java.util.List;

/**
 * A plain table for exports other features make ({@code vn.loa.upward}): a name (the sheet's), a header and rows of
 * cells. A cell is null (empty), a {@link String}, a {@link Number}, a {@link Boolean} or a {@link java.time.Instant}
 * (written in Vietnam time with its offset, as the log's exports do). {@link Csv#table} and {@link Xlsx#tables}
 * write it with the log's defences (formula cells defused in CSV, shared strings in XLSX).
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
