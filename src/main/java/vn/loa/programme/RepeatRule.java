package vn.loa.programme;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.loa.broadcast.RepeatScheduler.Kind;
import vn.loa.broadcast.RepeatScheduler.Repeat;
import vn.loa.error.InvalidInputException;

/**
 * The schedule page's repeat options in plain words, written as the RFC 5545 rule {@link Recurrence} reads. The page
 * never parses a rule; it only builds one of these few shapes.
 */
final class RepeatRule {

    private static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC);

    private RepeatRule() {
    }

    /**
     * @param start the first start's time of day in Vietnam
     * @throws InvalidInputException {@code repeat-no-days}, {@code repeat-interval}, {@code repeat-window},
     *                               {@code repeat-no-end}
     */
    static String of(final Repeat r, final LocalTime start) {
        final String freq = switch (r.kind()) {
            case DAILY -> "FREQ=DAILY";
            case WEEKDAYS -> "FREQ=WEEKLY;BYDAY=" + days(r.days());
            case EVERY_N_DAYS -> {
                if (r.interval() == null || r.interval() < 2 || r.interval() > 366) {
                    throw new InvalidInputException("repeat-interval", "every N days needs N from 2 to 366");
                }
                yield "FREQ=DAILY;INTERVAL=" + r.interval();
            }
            case HALF_HOURLY -> "FREQ=DAILY;" + window(start, r.windowEnd());
            case NONE -> throw new IllegalArgumentException("a single broadcast has no rule");
        };
        if (r.untilDay() != null) {
            // the end of that day in Vietnam, in UTC as RFC 5545 wants for a start with a zone
            return freq + ";UNTIL=" + UNTIL.format(r.untilDay().plusDays(1).atStartOfDay(Recurrence.ZONE)
                    .toInstant().minusSeconds(1));
        }
        if (r.count() != null) {
            return freq + ";COUNT=" + r.count();
        }
        throw new InvalidInputException("repeat-no-end", "a repeat needs a number of plays or a last day");
    }

    private static String days(final List<String> chosen) {
        final Set<String> set = chosen == null ? Set.of() : chosen.stream().map(d -> d.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (set.isEmpty() || !WEEKDAYS.containsAll(set)) {
            throw new InvalidInputException("repeat-no-days", "choose at least one weekday (MO to SU)");
        }
        return WEEKDAYS.stream().filter(set::contains).collect(Collectors.joining(","));
    }

    /**
     * From the start's time every 30 minutes, up to the window's end (excluded), every day: the end lies a whole
     * number of hours after the start, and the start in the first half of its hour (06:00, 06:15), so the same
     * hours and minutes hold each day.
     */
    private static String window(final LocalTime start, final LocalTime end) {
        if (end == null || !end.isAfter(start) || end.getMinute() != start.getMinute() || start.getMinute() >= 30
                || end.getSecond() != 0 || start.getSecond() != 0) {
            throw new InvalidInputException("repeat-window", "every 30 minutes needs a start in the first half of "
                    + "its hour and an end the same day a whole number of hours later (06:00 to 07:00)");
        }
        final String hours = IntStream.range(start.getHour(), end.getHour()).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
        return "BYHOUR=" + hours + ";BYMINUTE=" + start.getMinute() + "," + (start.getMinute() + 30);
    }
}
