package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxTest {

    static List<Row> read(final byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return wb.getFirstSheet().read();
        }
    }

    @Test
    void of_rows_wordsAndDateCellsInVietnamTimeShowingTheOffset() throws IOException {
        final Instant t = Instant.parse("2026-12-06T00:30:00Z");
        final byte[] xlsx = Xlsx.of(List.of(new LogRow(7, 2, "Họp thôn: tiêm phòng dịch tả lợn", "rx-a1",
                "Loa nhà văn hoá Lô Lô Chải", "Lũng Cú", "Thèn Ván", t, t.plusSeconds(2), null, "PLAYED",
                "=cmd|' /C calc'!A0", t.plusSeconds(3600), true)), LogWordsFixture.VI);
        final List<Row> rows = read(xlsx);
        assertEquals(2, rows.size());
        final Row header = rows.get(0);
        for (int c = 0; c < LogWordsFixture.VI.header().size(); c++) {
            assertEquals(LogWordsFixture.VI.header().get(c), header.getCell(c).getText());
        }
        assertEquals("Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)", header.getCell(7).getText());
        final Row row = rows.get(1);
        assertEquals("Họp thôn: tiêm phòng dịch tả lợn", row.getCell(2).asString());
        assertEquals("Loa nhà văn hoá Lô Lô Chải", row.getCell(4).asString());
        assertEquals("Thèn Ván", row.getCell(6).asString());
        final Cell scheduled = row.getCell(7);
        assertEquals(CellType.NUMBER, scheduled.getType());
        assertEquals(Xlsx.DATE_FORMAT, scheduled.getDataFormatString());
        assertEquals(LocalDateTime.of(2026, 12, 6, 7, 30), scheduled.asDate());
        assertEquals(LocalDateTime.of(2026, 12, 6, 7, 30, 2), row.getCell(8).asDate());
        assertEquals("Đã phát", row.getCell(10).asString());
        final Cell detail = row.getCell(11);
        assertEquals(CellType.STRING, detail.getType());
        assertEquals(null, detail.getFormula());
        assertEquals("=cmd|' /C calc'!A0", detail.asString());
        assertEquals("có", row.getCell(13).asString());
        assertEquals(7, row.getCell(0).asNumber().intValue());
    }

    @Test
    void of_noRows_isStillAWorkbookWithHeader() throws IOException {
        final byte[] xlsx = Xlsx.of(List.of(), LogWordsFixture.VI);
        assertTrue(ReadableWorkbook.isOOXMLZipHeader(xlsx));
        assertEquals(1, read(xlsx).size());
    }
}
