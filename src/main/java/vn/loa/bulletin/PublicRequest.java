package vn.loa.bulletin;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/bulletins/{id}/public}: {@code {"public": true}} or {@code false}. */
public record PublicRequest(@NotNull @JsonProperty("public") Boolean publicPage) {
}
