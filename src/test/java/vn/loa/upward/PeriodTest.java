package vn.loa.upward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class PeriodTest {

    /** 2026-12-07 06:30 in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void parse_nothing_isYesterdayInVietnam() {
        assertEquals(new Period(Instant.parse("2026-12-05T17:00:00Z"), Instant.parse("2026-12-06T17:00:00Z")),
                Period.parse(null, " ", 31, CLOCK));
    }

    @Test
    void parse_dates_toIncludesItsDay() {
        assertEquals(new Period(Instant.parse("2026-10-31T17:00:00Z"), Instant.parse("2026-11-30T17:00:00Z")),
                Period.parse("01/11/2026", "2026-11-30", 31, CLOCK));
    }

    @Test
    void parse_longerThanTheLimit_throws() {
        assertEquals("period-too-long", assertThrows(InvalidInputException.class,
                () -> Period.parse("2026-11-01", "2026-12-01", 30, CLOCK)).code());
    }

    @Test
    void parse_oneBound_throws() {
        assertEquals("period-required", assertThrows(InvalidInputException.class,
                () -> Period.parse("2026-11-01", null, 31, CLOCK)).code());
    }

    @Test
    void parse_badDate_throwsAsTheLog() {
        assertEquals("invalid-time", assertThrows(InvalidInputException.class,
                () -> Period.parse("31/02/2026", "2026-03-01", 31, CLOCK)).code());
        assertEquals("invalid-range", assertThrows(InvalidInputException.class,
                () -> Period.parse("2026-03-02", "2026-03-01T00:00:00+07:00", 31, CLOCK)).code());
    }
}
