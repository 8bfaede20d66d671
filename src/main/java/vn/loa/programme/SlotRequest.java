package vn.loa.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Body of {@code POST /api/slots}. {@code start} is the first occurrence (ISO-8601 with an offset) and anchors
 * {@code rrule} (RFC 5545, bounded: COUNT or UNTIL within {@code loa.dispatch.max-ahead}) in Asia/Ho_Chi_Minh;
 * {@code lengthSeconds} is how long an occurrence may last, items and pauses together; {@code pauseSeconds} the
 * silence between two items (default {@code loa.programme.slot-pause}).
 */
public record SlotRequest(
        @NotNull Long areaId,
        @NotBlank @Size(max = Slot.MAX_NAME) String name,
        @NotNull OffsetDateTime start,
        @NotNull @Size(max = Recurrence.MAX_TEXT) String rrule,
        @Size(max = Recurrence.MAX_TEXT) String exdate,
        @NotNull @Min(10) @Max(SlotRequest.MAX_LENGTH) Integer lengthSeconds,
        @Min(0) @Max(SlotRequest.MAX_PAUSE) Integer pauseSeconds) {

    /** Longest slot: four hours (seconds). */
    public static final int MAX_LENGTH = 4 * 3600;
    /** Longest pause between items (seconds). */
    public static final int MAX_PAUSE = 60;
}
