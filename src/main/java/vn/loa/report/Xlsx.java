package vn.loa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The broadcast log as an Excel workbook (fastexcel's streaming writer). Times are real date cells in
 * Asia/Ho_Chi_Minh local time (Excel has no time zones; the header says which), so officials can sort and filter
 * them. Text cells are stored as shared strings, never as formulas, so no cell content can run.
 */
final class Xlsx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** Vietnamese first, English after the slash. */
    static final List<String> HEADER = List.of("Mã phát / Broadcast", "Mã bản tin / Bulletin id",
            "Bản tin / Bulletin", "Mã loa / Receiver id", "Loa / Receiver", "Xã / Commune", "Thôn / Village",
            "Giờ phát dự kiến (giờ VN) / Scheduled (Vietnam time)", "Bắt đầu / Started", "Kết thúc / Finished",
            "Trạng thái / State", "Chi tiết / Detail", "Báo cáo lúc / Reported at", "Báo cáo muộn / Reported late");

    private static final int SCHEDULED = 7;

    private Xlsx() {
    }

    static byte[] of(final List<LogRow> rows) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }

    static void write(final List<LogRow> rows, final OutputStream out) {
        try {
            final Workbook wb = new Workbook(out, "Loa", "1.0");
            final Worksheet ws = wb.newWorksheet("Nhật ký phát");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
            }
            ws.range(0, 0, 0, HEADER.size() - 1).style().bold().set();
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
                text(ws, r, 10, row.state().toLowerCase(Locale.ROOT));
                text(ws, r, 11, row.detail());
                time(ws, r, 12, row.reportedAt());
                ws.value(r, 13, row.reportedLate());
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
