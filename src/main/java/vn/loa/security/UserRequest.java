package vn.loa.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/users}. Passwords: 12 to 72 characters (bcrypt reads at most 72 bytes). */
public record UserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "must be 3-64 characters of a-z 0-9 . _ -")
        String username,
        @NotNull @Size(min = 12, max = 72) String password,
        @NotNull @Pattern(regexp = Role.REGEX, message = "must be staff, approver, official or admin")
        String role,
        /** The user's area; required except for administrators (who act everywhere, at any level). */
        Long areaId) {
}
