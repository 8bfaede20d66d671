package vn.loa.agent.protocol;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * The quiet hours of a receiver's area (PROTOCOL.md 4.1e): from {@code from} (inclusive) to {@code to} (exclusive),
 * local time at {@code utcOffset}; a window with {@code from} after {@code to} runs across midnight. Never the whole
 * day: {@code from} equal to {@code to} is refused.
 */
public record QuietHours(@NotNull LocalTime from, @NotNull LocalTime to, @NotNull ZoneOffset utcOffset) {

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern OFFSET = Pattern.compile("[+-](0[0-9]|1[0-4]):[0-5][0-9]");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(utcOffset, "utcOffset");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quietHours from " + from + " equals to: a window covering the whole "
                    + "day is not allowed");
        }
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw new IllegalArgumentException("quietHours are whole minutes");
        }
    }

    /**
     * @param from      {@code HH:MM}, 24-hour
     * @param to        {@code HH:MM}, 24-hour
     * @param utcOffset {@code +HH:MM} or {@code -HH:MM} (never {@code Z})
     * @throws IllegalArgumentException on any other spelling, or from equal to to
     */
    public static @NotNull QuietHours of(final @NotNull String from, final @NotNull String to,
            final @NotNull String utcOffset) {
        if (!HH_MM.matcher(from).matches() || !HH_MM.matcher(to).matches()) {
            throw new IllegalArgumentException("quietHours from and to must be HH:MM, got '" + from + "', '" + to + "'");
        }
        if (!OFFSET.matcher(utcOffset).matches()) {
            throw new IllegalArgumentException("quietHours utcOffset must be +HH:MM or -HH:MM, got '" + utcOffset + "'");
        }
        try {
            return new QuietHours(LocalTime.parse(from), LocalTime.parse(to), ZoneOffset.of(utcOffset));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quietHours: " + e.getMessage());
        }
    }

    /** True when {@code instant}, read at {@link #utcOffset}, lies in the window. */
    public boolean contains(final @NotNull Instant instant) {
        final LocalTime t = instant.atOffset(utcOffset).toLocalTime();
        if (from.isBefore(to)) {
            return !t.isBefore(from) && t.isBefore(to);
        }
        return !t.isBefore(from) || t.isBefore(to);
    }

    /** {@code 21:00–05:00 +07:00}, for details and logs. */
    @Override
    public @NotNull String toString() {
        return FORMAT.format(from) + "–" + FORMAT.format(to) + " " + utcOffset.getId();
    }
}
