package vn.loa.token;

import java.time.Instant;

/**
 * Body of {@code POST /api/tokens}. Checked by {@link TokenRules} (so the page and the API share one set of rules).
 *
 * @param name           1-40 of A-Z a-z 0-9 . _ -, unique among the user's tokens
 * @param role           optional; the user's own role is the only one allowed
 * @param expiresAt      when it stops working; or {@code days}, not both
 * @param days           1-366 days from now
 * @param serviceAccount administrators only: the service account the token acts as (made on first use)
 * @param areaId         with a new service account: its area (required unless its role is admin)
 */
public record TokenRequest(String name, String role, Instant expiresAt, Integer days, String serviceAccount,
        Long areaId) {
}
