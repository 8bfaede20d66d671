package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFormatTest {

    @Test
    void time_utcInstant_vietnamTimeWithOffset() {
        assertEquals("2026-12-06 07:00 +07:00", TimeFormat.time(Instant.parse("2026-12-06T00:00:00Z")));
        assertEquals("2026-12-07 06:59 +07:00", TimeFormat.time(Instant.parse("2026-12-06T23:59:59Z")));
        assertEquals("–", TimeFormat.time(null));
    }

    @Test
    void exact_utcInstant_secondsKeptWithOffset() {
        assertEquals("2026-12-06 07:00:05 +07:00", TimeFormat.exact(Instant.parse("2026-12-06T00:00:05.900Z")));
        assertEquals("", TimeFormat.exact(null));
    }

    @Test
    void parseDay_dayMonthYear_isThatDay() {
        assertEquals(LocalDate.of(2026, 12, 6), TimeFormat.parseDay("06/12/2026"));
        assertEquals(LocalDate.of(2026, 12, 6), TimeFormat.parseDay(" 6/12/2026 "));
        assertEquals(LocalDate.of(2028, 2, 29), TimeFormat.parseDay("29/02/2028"));
    }

    @Test
    void parseDay_isoDate_stillReadForScriptsAndOldLinks() {
        assertEquals(LocalDate.of(2026, 12, 6), TimeFormat.parseDay("2026-12-06"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "29/02/2026", "12/13/2026", "00/12/2026", "2026/12/06", "06-12-2026",
            "06/12/26", "6.12.2026", "hôm nay", "", "2026-02-30", "06/12/2026T07:00"})
    void parseDay_badInput_throws(final String bad) {
        assertThrows(DateTimeException.class, () -> TimeFormat.parseDay(bad));
    }

    @Test
    void parseDay_null_throws() {
        assertThrows(DateTimeException.class, () -> TimeFormat.parseDay(null));
    }

    @Test
    void day_date_dayMonthYearWithZeros() {
        assertEquals("06/01/2026", TimeFormat.day(LocalDate.of(2026, 1, 6)));
        assertEquals("", TimeFormat.day(null));
    }

    @Test
    void dayPattern_acceptsWhatParseDayReadsTyped() {
        final Pattern p = Pattern.compile(TimeFormat.DAY_PATTERN);
        assertTrue(p.matcher("6/12/2026").matches());
        assertTrue(p.matcher("06/12/2026").matches());
        assertFalse(p.matcher("2026-12-06").matches());
    }

    @Test
    void timePattern_acceptsWhatLocalTimeParseReads() {
        final Pattern p = Pattern.compile(TimeFormat.TIME_PATTERN);
        for (String ok : new String[] {"07:30", "23:59:59"}) {
            assertTrue(p.matcher(ok).matches(), ok);
            java.time.LocalTime.parse(ok);
        }
        assertFalse(p.matcher("7:30").matches());
        assertFalse(p.matcher("7:30 PM").matches());
    }

    @Test
    void looksLikeDay_timeWithOffset_isNotADay() {
        assertTrue(TimeFormat.looksLikeDay("06/12/2026"));
        assertTrue(TimeFormat.looksLikeDay("2026-12-06"));
        assertFalse(TimeFormat.looksLikeDay("2026-12-06T06:00:00+07:00"));
    }

    @Test
    void duration_milliseconds_minutesAndRoundedSeconds() {
        assertEquals("0:00", TimeFormat.duration(0));
        assertEquals("1:05", TimeFormat.duration(64_600));
        assertEquals("12:00", TimeFormat.duration(719_500));
        assertEquals("0:03", TimeFormat.duration(2_500));
        assertEquals("0:02", TimeFormat.duration(2_499));
        assertEquals("75:00", TimeFormat.duration(4_500_000), "a bulletin is minutes long: past an hour stays minutes");
    }
}
