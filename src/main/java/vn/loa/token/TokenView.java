package vn.loa.token;

import java.time.Instant;

/** A token as lists show it: never the token, only its first characters. */
public record TokenView(long id, String name, String prefix, String user, boolean serviceAccount, String role,
        Long areaId, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy,
        Instant lastUsedAt, boolean active) {
}
