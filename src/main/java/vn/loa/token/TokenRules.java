package vn.loa.token;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

/**
 * The rules a new token must follow, without storage.
 *
 * <p>Roles in Loa are not a ladder: staff write and send, approvers approve, officials read the log, the audit trail
 * and security events of their area, admins run the system. An official's reading is not less than a staff member's
 * writing, only different, so "no higher than its creator" can only mean: a token has exactly the role of the user it
 * acts as. Administrators, who may create a user of any role anyway, give service accounts any role and area.
 */
final class TokenRules {

    /** Longest life of a token. */
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    static final int MAX_NAME = 40;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME + "}");
    /** A service account's username: the same alphabet as any username. */
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9._-]{3,64}");

    private TokenRules() {
    }

    /** A token's name: 1 to 40 of A-Z a-z 0-9 . _ - (it becomes part of the audit actor, {@code user/token:name}). */
    static String name(final String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("token-name-required", "a token needs a name / cần đặt tên cho mã");
        }
        final String n = name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new InvalidInputException("token-name-invalid", "a token name is 1-" + MAX_NAME
                    + " characters of A-Z a-z 0-9 . _ - / tên mã gồm 1-" + MAX_NAME + " ký tự A-Z a-z 0-9 . _ -");
        }
        return n;
    }

    /** A service account's name, as a username. */
    static String account(final String name) {
        if (name == null || !ACCOUNT.matcher(name.strip()).matches()) {
            throw new InvalidInputException("service-account-invalid",
                    "a service account name is 3-64 characters of a-z 0-9 . _ - / tên tài khoản dịch vụ gồm 3-64 "
                            + "ký tự a-z 0-9 . _ -");
        }
        return name.strip();
    }

    /** A role name from a request; null when none was given. */
    static Role role(final String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown-role", e.getMessage());
        }
    }

    /**
     * The expiry of a new token: either {@code expiresAt} or {@code days} from now, exactly one of them, after now
     * and at most {@link #MAX_LIFETIME} away.
     */
    static Instant expiry(final Instant now, final Instant expiresAt, final Integer days) {
        if ((expiresAt == null) == (days == null)) {
            throw new InvalidInputException("expiry-required",
                    "give either expiresAt or days / cần chọn hạn dùng (expiresAt hoặc days)");
        }
        if (days != null && (days < 1 || days > MAX_LIFETIME.toDays())) {
            throw new InvalidInputException("expiry-out-of-range", "days must be 1 to " + MAX_LIFETIME.toDays()
                    + " / số ngày từ 1 đến " + MAX_LIFETIME.toDays());
        }
        final Instant at = expiresAt != null ? expiresAt : now.plus(Duration.ofDays(days));
        if (!at.isAfter(now) || at.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiry-out-of-range", "a token expires after now and within "
                    + MAX_LIFETIME.toDays() + " days / hạn dùng phải sau lúc này và trong vòng "
                    + MAX_LIFETIME.toDays() + " ngày");
        }
        return at;
    }

    /** The role of a token for a user of {@code userRole}: the user's own; any other is refused. */
    static Role tokenRole(final Role userRole, final Role requested) {
        if (requested != null && requested != userRole) {
            throw new ForbiddenActionException("token-role-not-allowed", "a token has the role of the user it acts "
                    + "as (" + userRole + "), not " + requested + " / mã chỉ mang vai trò của người dùng (" + userRole
                    + ")");
        }
        return userRole;
    }
}
