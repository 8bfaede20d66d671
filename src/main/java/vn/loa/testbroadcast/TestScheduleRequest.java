package vn.loa.testbroadcast;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import vn.loa.programme.Recurrence;

/**
 * Body of {@code PUT /api/areas/{id}/test-schedule}: the first test ({@code start}, ISO-8601 with an offset), an
 * RFC 5545 RRULE read in Asia/Ho_Chi_Minh ({@code FREQ=MONTHLY;BYDAY=1MO;COUNT=12}: the first Monday of each month
 * for a year), the language of the fixed sentence ({@code vi} or {@code en}), on or off, and how long after its start
 * a test may still begin to play (minutes, default 30).
 */
public record TestScheduleRequest(
        @NotNull OffsetDateTime start,
        @NotNull @Size(max = Recurrence.MAX_TEXT) String rrule,
        @NotNull String language,
        @NotNull Boolean enabled,
        @Min(1) @Max(1440) Integer validityMinutes) {

    /** Default {@link #validityMinutes}: a test that cannot start within half an hour has failed. */
    static final int DEFAULT_VALIDITY_MINUTES = 30;

    int validity() {
        return validityMinutes == null ? DEFAULT_VALIDITY_MINUTES : validityMinutes;
    }
}
