package vn.loa.testbroadcast;

import java.nio.charset.StandardCharsets;
import vn.loa.web.TimeFormat;

/**
 * A test report as CSV for people (UTF-8 with a BOM, so spreadsheets read Vietnamese): a header line naming the test,
 * then one line per receiver that did not play. Cells that a spreadsheet would evaluate are quoted with a leading
 * apostrophe, as the log's export does.
 */
final class TestReportCsv {

    private static final String BOM = "\uFEFF";

    private TestReportCsv() {
    }

    static byte[] of(final TestReport r) {
        final StringBuilder out = new StringBuilder(BOM);
        out.append("broadcast,area,playAt,complete,played,targeted\r\n");
        out.append(r.broadcastId()).append(',').append(cell(r.areaPath())).append(',')
                .append(TimeFormat.exact(r.playAt())).append(',').append(r.complete()).append(',')
                .append(r.played()).append(',').append(r.targeted()).append("\r\n");
        out.append("receiverId,name,village,commune,reason,state,detail\r\n");
        for (TestReport.Missed m : r.missed()) {
            out.append(cell(m.receiverId())).append(',').append(cell(m.name())).append(',')
                    .append(cell(m.village())).append(',').append(cell(m.commune())).append(',')
                    .append(m.reason().code()).append(',').append(m.state()).append(',').append(cell(m.detail()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
}
