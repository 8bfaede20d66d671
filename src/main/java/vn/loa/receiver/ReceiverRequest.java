package vn.loa.receiver;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registration of a receiver. Without an id, the controller makes one from the village name. */
public record ReceiverRequest(
        @Pattern(regexp = ReceiverId.REGEX, message = "must be 2-63 characters of a-z, 0-9 and -") String id,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String village,
        @NotBlank @Size(max = 120) String commune) {
}
