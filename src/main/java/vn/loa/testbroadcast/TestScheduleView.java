package vn.loa.testbroadcast;

import java.time.Instant;
import java.util.List;

/**
 * An area's test schedule as the API shows it; {@code next} are the coming tests (at most five), empty while off.
 * {@code configured} is false for an area that never had one (the other fields are then null).
 */
public record TestScheduleView(long areaId, String areaPath, boolean configured, Instant start, String rrule,
        String language, Boolean enabled, Integer validityMinutes, Long bulletinId, Long seriesId, List<Instant> next,
        String updatedBy, Instant updatedAt) {

    static TestScheduleView none(final long areaId, final String path) {
        return new TestScheduleView(areaId, path, false, null, null, null, false, null, null, null, List.of(), null,
                null);
    }

    static TestScheduleView of(final TestSchedule s, final String path, final List<Instant> next) {
        return new TestScheduleView(s.areaId, path, true, s.firstStart, s.rrule, s.language, s.enabled,
                s.validityMinutes, s.bulletinId, s.seriesId, next, s.updatedBy, s.updatedAt);
    }
}
