package vn.loa.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/areas} (all fields but code required, parentId only below a province) and of
 * {@code PUT /api/areas/{id}} (name and parentId: rename and move; level cannot change).
 *
 * @param adminCode the administrative unit code (mã đơn vị hành chính), digits; null keeps it on an update, blank
 *                  removes it
 * @param capPolicy {@code WAIT} or {@code IMMEDIATE} (CAP alerts, see {@link Area#capPolicy}); null keeps it
 */
public record AreaRequest(
        Long parentId,
        @Pattern(regexp = "(?i)province|commune|village", message = "must be PROVINCE, COMMUNE or VILLAGE") String level,
        @NotBlank @Size(max = Area.MAX_NAME) String name,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be letters, digits, . _ -") String code,
        @Size(max = Area.MAX_ADMIN_CODE) @Pattern(regexp = "[0-9]*", message = "must be digits") String adminCode,
        @Pattern(regexp = "(?i)wait|immediate", message = "must be WAIT or IMMEDIATE") String capPolicy) {

    public AreaRequest(final Long parentId, final String level, final String name, final String code) {
        this(parentId, level, name, code, null, null);
    }
}
