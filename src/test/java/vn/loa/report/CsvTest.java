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
    void of_row_hasHeaderAndIsoTimes() {
        final Instant t = Instant.parse("2026-12-06T06:30:00Z");
        final String csv = Csv.of(List.of(new LogRow(1, 2, "Họp thôn", "rx-a1", "Loa A", "Lũng Cú", "Thèn Ván",
                t, t.plusMillis(4), null, "PLAYED", null, t.plusSeconds(3600), true)));
        assertEquals(Csv.HEADER + "\r\n1,2,Họp thôn,rx-a1,Loa A,Lũng Cú,Thèn Ván,2026-12-06T06:30:00Z,"
                + "2026-12-06T06:30:00.004Z,,played,,2026-12-06T07:30:00Z,true\r\n", csv);
    }

    @Test
    void file_startsWithUtf8BomThenHeader() {
        final byte[] file = Csv.file(List.of());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        assertEquals(Csv.HEADER + "\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void cell_atAndMinus_areDefusedToo() {
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
    }
}
