package vn.loa.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import vn.loa.web.TimeFormat;

/**
 * RFC 4180 CSV of the broadcast log. Cells that a spreadsheet would run as a formula are defused. The download
 * starts with a UTF-8 byte-order mark: without it Excel reads the file as the local ANSI code page and turns
 * "Lũng Cú" into mojibake. Headers and states are words in the reader's language; times are Vietnam time with their
 * offset ({@code 2026-12-06 07:00:05 +07:00}), as the headers say.
 */
public final class Csv {

    /** The UTF-8 byte-order mark, U+FEFF. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The header line in the words' language, without its line end. */
    static String header(final LogWords words) {
        return String.join(",", words.header().stream().map(Csv::cell).toList());
    }

    static String of(final List<LogRow> rows, final LogWords words) {
        final StringBuilder out = new StringBuilder(header(words)).append("\r\n");
        for (LogRow r : rows) {
            out.append(r.broadcastId()).append(',')
                    .append(r.bulletinId()).append(',')
                    .append(cell(r.bulletinTitle())).append(',')
                    .append(cell(r.receiverId())).append(',')
                    .append(cell(r.receiverName())).append(',')
                    .append(cell(r.commune())).append(',')
                    .append(cell(r.village())).append(',')
                    .append(time(r.scheduledAt())).append(',')
                    .append(time(r.startedAt())).append(',')
                    .append(time(r.finishedAt())).append(',')
                    .append(cell(words.state(r.state()))).append(',')
                    .append(cell(r.detail())).append(',')
                    .append(time(r.reportedAt())).append(',')
                    .append(cell(words.yesNo(r.reportedLate()))).append(',')
                    .append(number(r.correctedBy())).append(',')
                    .append(number(r.correctionOf())).append("\r\n");
        }
        return out.toString();
    }

    /** The file as downloaded: BOM, then {@link #of(List)}, in UTF-8. */
    static byte[] file(final List<LogRow> rows, final LogWords words) {
        return (BOM + of(rows, words)).getBytes(StandardCharsets.UTF_8);
    }

    /** A {@link Table} as a CSV download: BOM, header, rows, CRLF line ends, in UTF-8. */
    public static byte[] table(final Table table) {
        final StringBuilder out = new StringBuilder(BOM)
                .append(String.join(",", table.header().stream().map(Csv::cell).toList())).append("\r\n");
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                final Object v = row.get(i);
                out.append(v instanceof Instant t ? time(t) : v instanceof String text ? cell(text)
                        : v == null ? "" : v.toString());
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(final Long value) {
        return value == null ? "" : value.toString();
    }

    static String cell(final String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // CSV injection: a leading = + - @ would be evaluated by Excel or LibreOffice
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String time(final Instant t) {
        return TimeFormat.exact(t);
    }
}
