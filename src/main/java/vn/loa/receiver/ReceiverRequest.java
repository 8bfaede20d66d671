package vn.loa.receiver;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registration of a receiver. Its place is {@code areaId} (a village), or, as before areas existed, the
 * {@code village} and {@code commune} names (found, or created in the only province). Without an id, the controller
 * makes one from the village name.
 * Latitude and longitude (WGS 84 degrees) are optional, both or neither.
 */
public record ReceiverRequest(
        @Pattern(regexp = ReceiverId.REGEX, message = "must be 2-63 characters of a-z, 0-9 and -") String id,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String village,
        @Size(max = 120) String commune,
        Long areaId,
        @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude) {

    /** Registration by names, as before areas existed, without a position. */
    public ReceiverRequest(final String id, final String name, final String village, final String commune) {
        this(id, name, village, commune, null, null, null);
    }
}
