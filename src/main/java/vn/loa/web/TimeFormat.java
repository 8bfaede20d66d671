package vn.loa.web;

import io.quarkus.qute.TemplateExtension;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and dates shown to people. Every instant is shown in the communes' zone, Asia/Ho_Chi_Minh, with its offset,
 * so a reader never wonders whether a time is UTC: {@code 2026-12-06 07:00 +07:00} on pages,
 * {@code 2026-12-06 07:00:05 +07:00} in exports (a file is data: its seconds are kept). Dates people type or read
 * alone are {@code dd/mm/yyyy}, as Vietnamese write them, whatever the browser's locale. The JSON API keeps RFC 3339
 * UTC and never uses this class. Templates write {@code {hcm:time(b.playAt)}}; an absent time shows as a dash.
 */
@TemplateExtension(namespace = "hcm")
public final class TimeFormat {

    /** The zone in which people enter and read times. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT)
            .withZone(ZONE);
    /** The HTML {@code pattern} of a date field: one or two digits for day and month, four for the year. */
    public static final String DAY_PATTERN = "\\d{1,2}/\\d{1,2}/\\d{4}";

    private static final DateTimeFormatter PAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT)
            .withZone(ZONE);
    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx",
            Locale.ROOT).withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final Pattern TYPED_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TimeFormat() {
    }

    /** The HTML {@code pattern} of a time field, 24-hour as {@code LocalTime.parse} reads it: {@code 07:30[:15]}. */
    public static final String TIME_PATTERN = "\\d{2}:\\d{2}(:\\d{2})?";

    /** For templates: {@code pattern="{hcm:timePattern}"}; a 24-hour clock whatever the browser's locale. */
    public static String timePattern() {
        return TIME_PATTERN;
    }

    /** For templates: {@code pattern="{hcm:dayPattern}"}. */
    public static String dayPattern() {
        return DAY_PATTERN;
    }

    /** For pages: {@code 2026-12-06 07:00 +07:00}, or a dash. */
    public static String time(final Instant instant) {
        return instant == null ? "–" : PAGE.format(instant);
    }

    /** The hour and minute in Vietnam, {@code 05:20}, where the day is already said (the week view); or a dash. */
    public static String clock(final Instant instant) {
        return instant == null ? "–" : CLOCK.format(instant);
    }

    /** For CSV and XLSX text: {@code 2026-12-06 07:00:05 +07:00}, or empty. */
    public static String exact(final Instant instant) {
        return instant == null ? "" : EXPORT.format(instant);
    }

    /** A length of time as minutes and seconds, {@code 1:05}, rounded to the nearest second. */
    public static String duration(final long ms) {
        final long seconds = Math.round(ms / 1000.0);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** {@code 06/12/2026}, or empty. */
    public static String day(final LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** True for a value {@link #parseDay} reads as a calendar date (and not, say, a time with an offset). */
    public static boolean looksLikeDay(final String value) {
        final String v = value.strip();
        return TYPED_DAY.matcher(v).matches() || ISO_DAY.matcher(v).matches();
    }

    /**
     * A date as a person types it, {@code 6/12/2026} or {@code 06/12/2026} (day first), or as a script or an older
     * link sends it, {@code 2026-12-06}.
     *
     * @throws DateTimeException for anything else, or a day that does not exist (31/02/2026)
     */
    public static LocalDate parseDay(final String value) {
        if (value == null) {
            throw new DateTimeException("no date");
        }
        final String v = value.strip();
        final Matcher typed = TYPED_DAY.matcher(v);
        if (typed.matches()) {
            return LocalDate.of(Integer.parseInt(typed.group(3)), Integer.parseInt(typed.group(2)),
                    Integer.parseInt(typed.group(1)));
        }
        if (ISO_DAY.matcher(v).matches()) {
            return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        }
        throw new DateTimeException("not a date in dd/mm/yyyy: " + v);
    }
}
