package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;
import vn.loa.error.InvalidInputException;

class LogFilterTest {

    private static LogFilter range(final String from, final String to) {
        return LogFilter.parse(from, to, null, null, null, null, null);
    }

    @Test
    void parse_dates_areWholeDaysInVietnam() {
        final LogFilter f = range("2026-12-06", "2026-12-07");
        assertEquals(Instant.parse("2026-12-05T17:00:00Z"), f.from());
        assertEquals(Instant.parse("2026-12-07T17:00:00Z"), f.to()); // the 7th is included
    }

    @Test
    void parse_dayMonthYearAsTyped_sameDaysAsIso() {
        final LogFilter typed = range("6/12/2026", "07/12/2026");
        assertEquals(range("2026-12-06", "2026-12-07"), typed);
        assertEquals(java.time.Instant.parse("2026-12-05T17:00:00Z"), typed.from());
    }

    @Test
    void parse_impossibleTypedDay_throwsInvalidTime() {
        assertEquals("invalid-time", assertThrows(InvalidInputException.class, () -> range("31/02/2026", null)).code());
        assertEquals("invalid-time", assertThrows(InvalidInputException.class, () -> range(null, "12/31/2026")).code());
    }

    @Test
    void parse_sameDateBothEnds_isThatOneDay() {
        final LogFilter f = range("2026-12-06", "2026-12-06");
        assertEquals(Instant.parse("2026-12-05T17:00:00Z"), f.from());
        assertEquals(Instant.parse("2026-12-06T17:00:00Z"), f.to());
    }

    @Test
    void parse_instantsWithOffset_areTakenAsGiven() {
        final LogFilter f = range("2026-12-06T06:00:00+07:00", "2026-12-06T08:00:00Z");
        assertEquals(Instant.parse("2026-12-05T23:00:00Z"), f.from());
        assertEquals(Instant.parse("2026-12-06T08:00:00Z"), f.to());
    }

    @Test
    void parse_garbageTime_throwsInvalidTime() {
        final InvalidInputException e = assertThrows(InvalidInputException.class, () -> range("last week", null));
        assertEquals("invalid-time", e.code());
        assertEquals("invalid-time", assertThrows(InvalidInputException.class, () -> range(null, "2026-13-01")).code());
    }

    @Test
    void parse_toBeforeFrom_throwsInvalidRange() {
        assertEquals("invalid-range",
                assertThrows(InvalidInputException.class, () -> range("2026-12-07", "2026-12-05")).code());
    }

    @Test
    void parse_statesRepeatedAndCommaSeparated_anyCase() {
        final LogFilter f = LogFilter.parse(null, null, null, null, null, null, List.of("played, FAILED", "timed-out"));
        assertEquals(Set.of(DeliveryState.PLAYED, DeliveryState.FAILED, DeliveryState.TIMED_OUT), f.states());
        assertEquals(List.of("played", "failed", "timed_out"), f.stateNames());
    }

    @Test
    void parse_preempted_isAStateToFilterOn() {
        final LogFilter f = LogFilter.parse(null, null, null, null, null, null, List.of("preempted"));
        assertEquals(Set.of(DeliveryState.PREEMPTED), f.states());
        assertEquals(List.of("preempted"), f.stateNames());
    }

    @Test
    void parse_unknownState_throwsInvalidStateNamingIt() {
        final InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LogFilter.parse(null, null, null, null, null, null, List.of("played,lost")));
        assertEquals("invalid-state", e.code());
        assertEquals(true, e.getMessage().contains("'lost'"));
    }

    @Test
    void parse_bulletinNotANumber_throwsInvalidBulletin() {
        assertEquals("invalid-bulletin", assertThrows(InvalidInputException.class,
                () -> LogFilter.parse(null, null, null, null, null, "12a", null)).code());
        assertEquals("invalid-bulletin", assertThrows(InvalidInputException.class,
                () -> LogFilter.parse(null, null, null, null, null, "0", null)).code());
        assertEquals(12L, LogFilter.parse(null, null, null, null, null, " 12 ", null).bulletinId());
    }

    @Test
    void parse_blankTexts_doNotFilter() {
        final LogFilter f = LogFilter.parse("", " ", " ", "", null, "", List.of(""));
        assertNull(f.from());
        assertNull(f.commune());
        assertNull(f.village());
        assertNull(f.bulletinId());
        assertEquals(Set.of(), f.states());
    }
}
