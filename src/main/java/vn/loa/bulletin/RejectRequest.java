package vn.loa.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a rejection: the reason is required, so the author knows what to change. */
public record RejectRequest(@NotBlank @Size(max = 1000) String reason) {
}
