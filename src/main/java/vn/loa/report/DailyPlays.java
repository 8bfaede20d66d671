package vn.loa.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.loa.broadcast.DeliveryState;
import vn.loa.error.InvalidInputException;

/**
 * Plays per day: for each calendar day in Asia/Ho_Chi_Minh (by the broadcast's scheduled time), how many deliveries
 * played and how many settled without playing ({@code failed}: failed, rejected, expired or timed out, as
 * {@link Outcome#MISSED}). Every day of the range has a line, quiet days with zeros, so a chart has no gaps.
 */
public record DailyPlays(LocalDate day, long played, long failed) {

    /** Longest range, in days: a year of bars is already too thin to read. */
    static final int MAX_DAYS = 366;

    /** One group of the store's answer: deliveries of broadcasts scheduled at one instant, in one state. */
    public record Count(Instant playAt, DeliveryState state, long deliveries) {
    }

    /** The days of a range: {@code from} inclusive, {@code to} exclusive. */
    static List<LocalDate> days(final Instant from, final Instant to) {
        final LocalDate first = from.atZone(LogFilter.ZONE).toLocalDate();
        final LocalDate last = to.minusNanos(1).atZone(LogFilter.ZONE).toLocalDate();
        final long count = ChronoUnit.DAYS.between(first, last) + 1;
        if (count > MAX_DAYS) {
            throw new InvalidInputException("range-too-long",
                    "the range covers " + count + " days; at most " + MAX_DAYS + " fit in one chart");
        }
        final List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    static List<DailyPlays> of(final List<LocalDate> days, final List<Count> counts) {
        if (days.isEmpty()) {
            return List.of();
        }
        final LocalDate first = days.get(0);
        final long[] played = new long[days.size()];
        final long[] failed = new long[days.size()];
        for (Count c : counts) {
            final long i = ChronoUnit.DAYS.between(first, c.playAt().atZone(LogFilter.ZONE).toLocalDate());
            if (i < 0 || i >= days.size()) {
                continue;
            }
            switch (Outcome.of(c.state())) {
                case PLAYED -> played[(int) i] += c.deliveries();
                case MISSED -> failed[(int) i] += c.deliveries();
                default -> { }
            }
        }
        final List<DailyPlays> out = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            out.add(new DailyPlays(days.get(i), played[i], failed[i]));
        }
        return out;
    }
}
