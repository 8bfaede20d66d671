package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cell_plainText_isUnquoted() {
        assertEquals("Lũng Cú", Csv.cell("Lũng Cú"));
    }

    @Test
    void cell_commaQuoteNewline_areQuoted() {
        assertEquals("\"a, \"\"b\"\"\nc\"", Csv.cell("a, \"b\"\nc"));
    }

    @Test
    void cell_formulaLikeText_isDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", Csv.cell("+1"));
    }

    @Test
    void of_row_wordsAndVietnamTimesWithOffset() {
        final Instant t = Instant.parse("2026-12-06T00:00:00Z");
        final String csv = Csv.of(List.of(new LogRow(1, 2, "Họp thôn", "rx-a1", "Loa A", "Lũng Cú", "Thèn Ván",
                t, t.plusMillis(5_004), null, "PLAYED", null, t.plusSeconds(3600), true)), LogWordsFixture.VI);
        assertEquals(Csv.header(LogWordsFixture.VI) + "\r\n1,2,Họp thôn,rx-a1,Loa A,Lũng Cú,Thèn Ván,"
                + "2026-12-06 07:00:00 +07:00,2026-12-06 07:00:05 +07:00,,Đã phát,,2026-12-06 08:00:00 +07:00,có,,\r\n",
                csv);
    }

    @Test
    void header_timeColumns_sayVietnamTimeAndAreQuotedForTheirCommas() {
        assertEquals("Mã buổi phát,Mã bản tin,Bản tin,Mã loa,Loa,Xã,Thôn,\"Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)\","
                + "\"Bắt đầu (giờ Việt Nam, UTC+07:00)\",\"Kết thúc (giờ Việt Nam, UTC+07:00)\",Trạng thái,Chi tiết,"
                + "\"Báo cáo lúc (giờ Việt Nam, UTC+07:00)\",Báo cáo muộn,Đính chính bởi bản tin,Đính chính cho buổi phát",
                Csv.header(LogWordsFixture.VI));
    }

    @Test
    void file_startsWithUtf8BomThenHeader() {
        final byte[] file = Csv.file(List.of(), LogWordsFixture.VI);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        assertEquals(Csv.header(LogWordsFixture.VI) + "\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void cell_atAndMinus_areDefusedToo() {
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
    }
}
