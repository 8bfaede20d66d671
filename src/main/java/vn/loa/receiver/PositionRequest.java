package vn.loa.receiver;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/receivers/{id}/position}: WGS 84 degrees. */
public record PositionRequest(
        @NotNull @DecimalMin(value = "-90", message = "must be between -90 and 90")
        @DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
        @NotNull @DecimalMin(value = "-180", message = "must be between -180 and 180")
        @DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude) {
}
