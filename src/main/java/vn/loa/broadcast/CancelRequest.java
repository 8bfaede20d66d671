package vn.loa.broadcast;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/broadcasts/{id}/cancel}: why the broadcast is withdrawn ("Lệnh cảnh báo lũ đã được dỡ
 * bỏ" / "the flood warning was lifted"). Kept on the broadcast for the log; one line, no control characters.
 */
public record CancelRequest(
        @NotBlank(message = "lý do là bắt buộc / reason is required")
        @Size(max = 500, message = "lý do tối đa 500 ký tự / reason must be at most 500 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "lý do không được chứa ký tự điều khiển / "
                + "reason must not contain control characters")
        String reason) {
}
