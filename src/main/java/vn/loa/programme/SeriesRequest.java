package vn.loa.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import vn.loa.broadcast.BroadcastRequest;

/**
 * Body of {@code POST /api/series} and of a split. {@code start} is ISO-8601 with an offset and anchors the rule in
 * Asia/Ho_Chi_Minh; {@code rrule} is an RFC 5545 RRULE value ({@code FREQ=DAILY;COUNT=10}); {@code exdate} leaves
 * occurrences out ({@code 20261210T060000,20261212T060000}, Vietnam's time); {@code validityMinutes} is how long
 * after its start each occurrence may still begin to play (default {@code loa.dispatch.default-validity}).
 */
public record SeriesRequest(
        @NotNull Long bulletinId,
        @NotNull @Valid BroadcastRequest.Targets targets,
        @NotNull OffsetDateTime start,
        @NotNull @Size(max = Recurrence.MAX_TEXT) String rrule,
        @Size(max = Recurrence.MAX_TEXT) String exdate,
        @Min(1) @Max(10080) Integer validityMinutes) {
}
