package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.RepeatScheduler.Kind;
import vn.loa.broadcast.RepeatScheduler.Repeat;
import vn.loa.error.InvalidInputException;

class RepeatRuleTest {

    private static final LocalTime SIX = LocalTime.of(6, 0);

    private static Repeat repeat(final Kind kind, final List<String> days, final Integer interval,
            final LocalTime windowEnd, final Integer count, final LocalDate until) {
        return new Repeat(kind, days, interval, windowEnd, count, until);
    }

    private static List<java.time.Instant> expand(final String rule, final String start) {
        return Recurrence.of(LocalDateTime.parse(start).atZone(Recurrence.ZONE).toInstant(), rule, null,
                new Recurrence.Limits(500, Duration.ofMinutes(5), null)).occurrences();
    }

    @Test
    void of_dailyUntilADay_endOfThatDayInVietnamInUtc() {
        final String rule = RepeatRule.of(repeat(Kind.DAILY, null, null, null, null, LocalDate.of(2026, 12, 10)), SIX);
        assertEquals("FREQ=DAILY;UNTIL=20261210T165959Z", rule);
        assertEquals(3, expand(rule, "2026-12-08T06:00").size());
    }

    @Test
    void of_weekdays_inWeekOrder() {
        assertEquals("FREQ=WEEKLY;BYDAY=MO,WE,SU;COUNT=6",
                RepeatRule.of(repeat(Kind.WEEKDAYS, List.of("su", "MO", "WE"), null, null, 6, null), SIX));
    }

    @Test
    void of_everyThreeDays() {
        assertEquals("FREQ=DAILY;INTERVAL=3;COUNT=4",
                RepeatRule.of(repeat(Kind.EVERY_N_DAYS, null, 3, null, 4, null), SIX));
    }

    @Test
    void of_every30MinutesBetween6And7_twoPlaysADay() {
        final String rule = RepeatRule.of(repeat(Kind.HALF_HOURLY, null, null, LocalTime.of(7, 0), 4, null), SIX);
        assertEquals("FREQ=DAILY;BYHOUR=6;BYMINUTE=0,30;COUNT=4", rule);
        assertEquals(LocalDateTime.parse("2026-12-09T06:30").atZone(Recurrence.ZONE).toInstant(),
                expand(rule, "2026-12-08T06:00").get(3));
    }

    @Test
    void of_every30MinutesFrom0615To0815_fourPlaysADay() {
        assertEquals("FREQ=DAILY;BYHOUR=6,7;BYMINUTE=15,45;COUNT=8", RepeatRule.of(
                repeat(Kind.HALF_HOURLY, null, null, LocalTime.of(8, 15), 8, null), LocalTime.of(6, 15)));
    }

    @Test
    void of_badChoices_refusedWithTheirCode() {
        assertEquals("repeat-no-days", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.WEEKDAYS, List.of(), null, null, 3, null), SIX)).code());
        assertEquals("repeat-no-days", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.WEEKDAYS, List.of("XX"), null, null, 3, null), SIX)).code());
        assertEquals("repeat-interval", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.EVERY_N_DAYS, null, 1, null, 3, null), SIX)).code());
        assertEquals("repeat-window", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.HALF_HOURLY, null, null, LocalTime.of(6, 45), 3, null), SIX)).code());
        assertEquals("repeat-window", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.HALF_HOURLY, null, null, LocalTime.of(5, 0), 3, null), SIX)).code());
        assertEquals("repeat-no-end", assertThrows(InvalidInputException.class, () -> RepeatRule.of(
                repeat(Kind.DAILY, null, null, null, null, null), SIX)).code());
    }
}
