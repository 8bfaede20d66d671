package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;
import vn.loa.error.InvalidInputException;

class DailyPlaysTest {

    @Test
    void days_rangeOfWholeVietnamDays_listsEachOnce() {
        final LogFilter f = LogFilter.parse("2026-12-05", "2026-12-07", null, null, null, null, null);
        assertEquals(List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7)),
                DailyPlays.days(f.from(), f.to()));
    }

    @Test
    void days_moreThanAYear_throwsRangeTooLong() {
        final LogFilter f = LogFilter.parse("2025-01-01", "2026-12-31", null, null, null, null, null);
        assertEquals("range-too-long",
                assertThrows(InvalidInputException.class, () -> DailyPlays.days(f.from(), f.to())).code());
    }

    @Test
    void of_playAtLateUtcEvening_countsOnNextVietnamDay() {
        final List<LocalDate> days = List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
        final List<DailyPlays> out = DailyPlays.of(days, List.of(
                // 18:00 UTC on the 5th is 01:00 on the 6th in Vietnam
                new DailyPlays.Count(Instant.parse("2026-12-05T18:00:00Z"), DeliveryState.PLAYED, 2),
                new DailyPlays.Count(Instant.parse("2026-12-05T16:59:59Z"), DeliveryState.PLAYED, 1),
                new DailyPlays.Count(Instant.parse("2026-12-05T18:00:00Z"), DeliveryState.TIMED_OUT, 1),
                new DailyPlays.Count(Instant.parse("2026-12-05T18:00:00Z"), DeliveryState.FAILED, 1),
                new DailyPlays.Count(Instant.parse("2026-12-05T18:00:00Z"), DeliveryState.CANCELED, 4),
                new DailyPlays.Count(Instant.parse("2026-12-05T18:00:00Z"), DeliveryState.QUEUED, 4)));
        assertEquals(List.of(new DailyPlays(LocalDate.of(2026, 12, 5), 1, 0),
                new DailyPlays(LocalDate.of(2026, 12, 6), 2, 2)), out);
    }

    @Test
    void of_quietDays_haveZeroLines() {
        final List<LocalDate> days = List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
        assertEquals(List.of(new DailyPlays(days.get(0), 0, 0), new DailyPlays(days.get(1), 0, 0)),
                DailyPlays.of(days, List.of()));
    }
}
