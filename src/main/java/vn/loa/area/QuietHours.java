package vn.loa.area;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.loa.error.InvalidInputException;

/**
 * A daily window in which only emergencies may play (issue 10 item 3): from {@code from} (inclusive) to {@code to}
 * (exclusive), local time; {@code from} after {@code to} runs across midnight. Never the whole day: {@code from}
 * equal to {@code to} is refused, so no value of this type silences routine broadcasts for good.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new InvalidInputException("quiet-hours-whole-day",
                    "quiet hours from " + from + " to " + to + " would cover the whole day; an area must keep time for "
                            + "routine broadcasts");
        }
    }

    /**
     * @param from {@code HH:MM}, 24-hour
     * @param to   {@code HH:MM}, 24-hour
     * @throws InvalidInputException {@code invalid-quiet-hours} for another spelling, {@code quiet-hours-whole-day}
     *                               when from equals to
     */
    public static QuietHours of(final String from, final String to) {
        if (from == null || to == null || !HH_MM.matcher(from).matches() || !HH_MM.matcher(to).matches()) {
            throw new InvalidInputException("invalid-quiet-hours",
                    "quiet hours need from and to as HH:MM (24-hour), e.g. 21:00 and 05:00; got " + from + " and " + to);
        }
        return new QuietHours(LocalTime.parse(from), LocalTime.parse(to));
    }

    /** True when the window, read in {@code zone}, contains {@code instant}. */
    public boolean contains(final Instant instant, final ZoneId zone) {
        final LocalTime t = instant.atZone(zone).toLocalTime();
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    /**
     * True when the play from {@code start} to {@code end} (inclusive of start, exclusive of end; a play of no
     * length is its start) touches the window in {@code zone}: its start lies inside, or a start of the window
     * falls after its start and before its end.
     */
    public boolean overlaps(final Instant start, final Instant end, final ZoneId zone) {
        if (contains(start, zone)) {
            return true;
        }
        final LocalDate day = start.atZone(zone).toLocalDate();
        for (int d = 0; d <= Duration.between(start, end).toDays() + 1; d++) {
            final Instant windowStart = ZonedDateTime.of(day.plusDays(d), from, zone).toInstant();
            if (windowStart.isAfter(start) && windowStart.isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset the receiver reads the window at, the zone's at {@code instant}, as PROTOCOL.md 4.1e spells it:
     * {@code +07:00} ({@code +00:00}, never {@code Z}).
     */
    public static String offsetText(final ZoneId zone, final Instant instant) {
        final ZoneOffset offset = zone.getRules().getOffset(instant);
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }

    public String fromText() {
        return from.toString();
    }

    public String toText() {
        return to.toString();
    }

    /** {@code 21:00–05:00}. */
    @Override
    public String toString() {
        return from + "–" + to;
    }
}
