package vn.loa.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/areas} (all fields but code required, parentId only below a province) and of
 * {@code PUT /api/areas/{id}} (name and parentId: rename and move; level cannot change).
 */
public record AreaRequest(
        Long parentId,
        @Pattern(regexp = "(?i)province|commune|village", message = "must be PROVINCE, COMMUNE or VILLAGE") String level,
        @NotBlank @Size(max = Area.MAX_NAME) String name,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be letters, digits, . _ -") String code) {
}
