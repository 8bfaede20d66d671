package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class RecurrenceTest {

    private static final Recurrence.Limits LIMITS = new Recurrence.Limits(500, Duration.ofMinutes(5),
            vn("2028-01-01T00:00"));

    /** A local time in Vietnam as an instant. */
    private static Instant vn(final String local) {
        return LocalDateTime.parse(local).atZone(Recurrence.ZONE).toInstant();
    }

    private static List<Instant> occurrences(final String start, final String rrule, final String exdate) {
        return Recurrence.of(vn(start), rrule, exdate, LIMITS).occurrences();
    }

    private static String code(final String start, final String rrule, final String exdate,
            final Recurrence.Limits limits) {
        return assertThrows(InvalidInputException.class, () -> Recurrence.of(vn(start), rrule, exdate, limits)).code();
    }

    @Test
    void of_dailyCount_sameLocalTimeEveryDayAcrossMonthAndYear() {
        assertEquals(List.of(vn("2026-12-30T06:00"), vn("2026-12-31T06:00"), vn("2027-01-01T06:00")),
                occurrences("2026-12-30T06:00", "FREQ=DAILY;COUNT=3", null));
    }

    @Test
    void of_noDaylightSavingInVietnam_everyDayIs24HoursApart() {
        // Europe and America change their clocks in late March and October; Vietnam (UTC+7) never does
        final List<Instant> all = occurrences("2027-03-25T06:00", "FREQ=DAILY;UNTIL=20271105T000000Z", null);
        for (int i = 1; i < all.size(); i++) {
            assertEquals(Duration.ofHours(24), Duration.between(all.get(i - 1), all.get(i)));
        }
        assertEquals(vn("2027-11-05T06:00"), all.get(all.size() - 1)); // UNTIL is 07:00 in Vietnam
    }

    @Test
    void of_chosenWeekdays_onlyThoseDays() {
        // 2026-12-07 is a Monday
        assertEquals(List.of(vn("2026-12-07T17:00"), vn("2026-12-09T17:00"), vn("2026-12-11T17:00"),
                        vn("2026-12-14T17:00")),
                occurrences("2026-12-07T17:00", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4", null));
    }

    @Test
    void of_startOnADayTheRuleSkips_firstOccurrenceIsTheNextChosenDay() {
        // Tuesday start, Mondays only: the start anchors the time, the rule picks the days
        assertEquals(List.of(vn("2026-12-14T07:00"), vn("2026-12-21T07:00")),
                occurrences("2026-12-08T07:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=2", null));
    }

    @Test
    void of_everyThreeDays_intervalKept() {
        assertEquals(List.of(vn("2026-12-29T06:00"), vn("2027-01-01T06:00"), vn("2027-01-04T06:00")),
                occurrences("2026-12-29T06:00", "FREQ=DAILY;INTERVAL=3;COUNT=3", null));
    }

    @Test
    void of_untilADate_lastDayIncluded() {
        // "Đến ngày 10/12/2026": UNTIL is the end of that day in Vietnam, in UTC
        assertEquals(List.of(vn("2026-12-08T06:00"), vn("2026-12-09T06:00"), vn("2026-12-10T06:00")),
                occurrences("2026-12-08T06:00", "FREQ=DAILY;UNTIL=20261210T165959Z", null));
    }

    @Test
    void of_every30MinutesBetween6And7_twoADay() {
        assertEquals(List.of(vn("2026-12-08T06:00"), vn("2026-12-08T06:30"), vn("2026-12-09T06:00"),
                        vn("2026-12-09T06:30")),
                occurrences("2026-12-08T06:00", "FREQ=DAILY;BYHOUR=6;BYMINUTE=0,30;COUNT=4", null));
    }

    @Test
    void of_monthEnd_lastDayOfEveryMonthIncludingFebruary() {
        assertEquals(List.of(vn("2027-01-31T08:00"), vn("2027-02-28T08:00"), vn("2027-03-31T08:00"),
                        vn("2027-04-30T08:00")),
                occurrences("2027-01-31T08:00", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4", null));
    }

    @Test
    void of_the31st_monthsWithout31DaysSkipped() {
        assertEquals(List.of(vn("2027-01-31T08:00"), vn("2027-03-31T08:00"), vn("2027-05-31T08:00")),
                occurrences("2027-01-31T08:00", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", null));
    }

    @Test
    void of_exdate_leavesThatOccurrenceOutAndCountsIt() {
        assertEquals(List.of(vn("2026-12-08T06:00"), vn("2026-12-10T06:00")),
                occurrences("2026-12-08T06:00", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20261209T060000"));
    }

    @Test
    void of_exdateInUtc_sameAsLocal() {
        assertEquals(List.of(vn("2026-12-08T06:00"), vn("2026-12-10T06:00")),
                occurrences("2026-12-08T06:00", "FREQ=DAILY;COUNT=3", "20261208T230000Z"));
    }

    @Test
    void between_halfOpenRange() {
        final Recurrence r = Recurrence.of(vn("2026-12-08T06:00"), "FREQ=DAILY;COUNT=5", null, LIMITS);
        assertEquals(List.of(vn("2026-12-09T06:00"), vn("2026-12-10T06:00")),
                r.between(vn("2026-12-09T06:00"), vn("2026-12-11T06:00")));
    }

    @Test
    void of_notRfc5545_invalidRrule() {
        assertEquals("invalid-rrule", code("2026-12-08T06:00", "EVERY DAY", null, LIMITS));
        assertEquals("invalid-rrule", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=2;FOO=1", null, LIMITS));
        assertEquals("invalid-rrule", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=2;UNTIL=20261210T000000Z", null,
                LIMITS));
        assertEquals("invalid-rrule", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=0", null, LIMITS));
        assertEquals("invalid-rrule", code("2026-12-08T06:00", "", null, LIMITS));
    }

    @Test
    void of_noCountNoUntil_unbounded() {
        assertEquals("unbounded-rrule", code("2026-12-08T06:00", "FREQ=DAILY", null, LIMITS));
    }

    @Test
    void of_absurdCount_tooManyWithoutExpanding() {
        assertEquals("too-many-occurrences", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=2000000000", null, LIMITS));
        assertEquals("too-many-occurrences", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=501", null,
                new Recurrence.Limits(500, Duration.ZERO, null)));
    }

    @Test
    void of_untilYieldingMoreThanTheLimit_tooMany() {
        assertEquals("too-many-occurrences", code("2026-12-08T06:00", "FREQ=HOURLY;UNTIL=20271201T000000Z", null,
                LIMITS));
    }

    @Test
    void of_limitExactly_accepted() {
        assertEquals(500, Recurrence.of(vn("2026-12-08T06:00"), "FREQ=HOURLY;COUNT=500", null, LIMITS)
                .occurrences().size());
    }

    @Test
    void of_closerThanTheMinimumGap_refused() {
        assertEquals("occurrences-too-close", code("2026-12-08T06:00", "FREQ=SECONDLY;INTERVAL=20;COUNT=3", null,
                LIMITS));
        assertEquals(3, Recurrence.of(vn("2026-12-08T06:00"), "FREQ=SECONDLY;INTERVAL=20;COUNT=3", null,
                new Recurrence.Limits(500, Duration.ofSeconds(5), null)).occurrences().size());
    }

    @Test
    void of_beyondTheLatest_seriesTooLong() {
        assertEquals("series-too-long", code("2027-12-20T06:00", "FREQ=WEEKLY;COUNT=5", null, LIMITS));
    }

    @Test
    void of_ruleThatNeverMatches_noOccurrences() {
        assertEquals("no-occurrences", code("2026-12-08T06:00", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3",
                null, LIMITS));
        assertEquals("no-occurrences", code("2026-12-08T06:00", "FREQ=DAILY;UNTIL=20261201T000000Z", null, LIMITS));
    }

    @Test
    void of_everyOccurrenceExcluded_noOccurrences() {
        assertEquals("no-occurrences", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=1", "20261208T060000", LIMITS));
    }

    @Test
    void of_badExdate_refused() {
        assertEquals("invalid-exdate", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=3", "2026-12-09 06:00", LIMITS));
        assertEquals("invalid-exdate", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=3", "20261209", LIMITS));
        assertEquals("exdate-not-an-occurrence", code("2026-12-08T06:00", "FREQ=DAILY;COUNT=3", "20261209T070000",
                LIMITS));
    }
}
