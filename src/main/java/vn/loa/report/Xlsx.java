package vn.loa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The broadcast log as an Excel workbook (fastexcel's streaming writer). Times are real date cells in
 * Asia/Ho_Chi_Minh local time, shown with their offset (Excel has no time zones; the header and the cell format
 * say +07:00), so officials can sort and filter
 * them. Headers and states are words in the reader's language. Text cells are stored as shared strings, never as
 * formulas, so no cell content can run.
 */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * A real date cell that shows its offset: Excel has no zones, so the offset is literal text in the format, each
     * character escaped with a backslash (a quoted string would need XML escaping fastexcel does not do, and a bare 0
     * after the seconds would mean tenths of a second).
     */
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss \\+\\0\\7\\:\\0\\0";

    private static final int SCHEDULED = 7;

    private Xlsx() {
    }

    static byte[] of(final List<LogRow> rows, final LogWords words) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows, words, out);
        return out.toByteArray();
    }

    static void write(final List<LogRow> rows, final LogWords words, final OutputStream out) {
        final List<String> header = words.header();
        try {
            final Workbook wb = new Workbook(out, "Loa", "1.0");
            final Worksheet ws = wb.newWorksheet(words.sheet());
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            ws.range(0, 0, 0, header.size() - 1).style().bold().set();
            ws.freezePane(0, 1);
            int r = 1;
            for (LogRow row : rows) {
                ws.value(r, 0, row.broadcastId());
                ws.value(r, 1, row.bulletinId());
                text(ws, r, 2, row.bulletinTitle());
                text(ws, r, 3, row.receiverId());
                text(ws, r, 4, row.receiverName());
                text(ws, r, 5, row.commune());
                text(ws, r, 6, row.village());
                time(ws, r, SCHEDULED, row.scheduledAt());
                time(ws, r, 8, row.startedAt());
                time(ws, r, 9, row.finishedAt());
                text(ws, r, 10, words.state(row.state()));
                text(ws, r, 11, row.detail());
                time(ws, r, 12, row.reportedAt());
                ws.value(r, 13, words.yesNo(row.reportedLate()));
                if (row.correctedBy() != null) {
                    ws.value(r, 14, row.correctedBy());
                }
                if (row.correctionOf() != null) {
                    ws.value(r, 15, row.correctionOf());
                }
                r++;
            }
            ws.width(2, 40);
            ws.width(4, 28);
            for (int c = SCHEDULED; c <= 9; c++) {
                ws.width(c, 20);
            }
            ws.width(12, 20);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link Table}s as one workbook, a sheet each, headers bold and frozen; times are date cells as in the log. */
    public static byte[] tables(final List<Table> tables) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            final Workbook wb = new Workbook(out, "Loa", "1.0");
            for (Table t : tables) {
                final Worksheet ws = wb.newWorksheet(t.name());
                for (int c = 0; c < t.header().size(); c++) {
                    ws.value(0, c, t.header().get(c));
                }
                ws.range(0, 0, 0, t.header().size() - 1).style().bold().set();
                ws.freezePane(0, 1);
                int r = 1;
                for (List<Object> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        final Object v = row.get(c);
                        if (v instanceof Instant i) {
                            time(ws, r, c, i);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (v != null) {
                            ws.value(r, c, v.toString());
                        }
                    }
                    r++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void text(final Worksheet ws, final int r, final int c, final String value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private static void time(final Worksheet ws, final int r, final int c, final Instant t) {
        if (t != null) {
            ws.value(r, c, t.atZone(LogFilter.ZONE).toLocalDateTime());
            ws.style(r, c).format(DATE_FORMAT).set();
        }
    }
}
