package vn.loa.broadcast;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Port: recurring schedules live in {@code vn.loa.programme}, which implements this; the schedule page
 * ({@link SchedulePages}) offers the repeat options in plain words and hands them over, so the dependency runs one way.
 */
public interface RepeatScheduler {

    /** How often, as the schedule page asks it. */
    enum Kind {
        /** Once: no series. */
        NONE,
        /** Hằng ngày. */
        DAILY,
        /** Các ngày trong tuần: the chosen weekdays. */
        WEEKDAYS,
        /** Every {@code interval} days. */
        EVERY_N_DAYS,
        /** Every 30 minutes from the start's time until {@code windowEnd} (not included), every day. */
        HALF_HOURLY
    }

    /**
     * The page's repeat choice. {@code days} are RFC 5545 weekday codes (MO...SU); the end is either {@code count}
     * plays or the last day {@code untilDay} (Đến ngày…, in Vietnam).
     */
    record Repeat(Kind kind, List<String> days, Integer interval, LocalTime windowEnd, Integer count,
            LocalDate untilDay) {
    }

    /**
     * Plans the series whose first start is {@code first.playAt()}.
     *
     * @return the page to show next
     * @throws vn.loa.error.LoaException whatever a series or its occurrences refuse
     */
    String schedule(String by, BroadcastRequest first, Repeat repeat);
}
