package vn.loa.upward;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import vn.loa.error.InvalidInputException;
import vn.loa.report.LogFilter;

/**
 * The period a report covers, on the scheduled time: {@code from} inclusive, {@code to} exclusive. Parsed as the
 * log's filters are ({@link LogFilter#parse}: {@code 06/12/2026}, {@code 2026-12-06} or an ISO-8601 time with
 * offset; a date as {@code to} includes that day). Neither given: yesterday in Vietnam. At most
 * {@link UpwardConfig#maxPeriodDays()} days.
 */
record Period(Instant from, Instant to) {

    /** Yesterday in Vietnam, by the clock: what the nightly push sends. */
    static Period yesterday(final Clock clock) {
        final LocalDate today = LocalDate.now(clock.withZone(LogFilter.ZONE));
        return new Period(today.minusDays(1).atStartOfDay(LogFilter.ZONE).toInstant(),
                today.atStartOfDay(LogFilter.ZONE).toInstant());
    }

    /**
     * @throws InvalidInputException {@code invalid-time}, {@code invalid-range} (as the log), {@code period-required}
     *                               (only one bound given) or {@code period-too-long}
     */
    static Period parse(final String from, final String to, final int maxDays, final Clock clock) {
        final boolean noFrom = from == null || from.isBlank();
        final boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return yesterday(clock);
        }
        if (noFrom || noTo) {
            throw new InvalidInputException("period-required", "give both 'from' and 'to', or neither for yesterday");
        }
        final LogFilter f = LogFilter.parse(from, to, null, null, null, null, null);
        if (Duration.between(f.from(), f.to()).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw new InvalidInputException("period-too-long", "a report covers at most " + maxDays + " days");
        }
        return new Period(f.from(), f.to());
    }
}
