package vn.loa.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One API token: its hash, never the token; who it acts as, in which role and area, until when. */
@Entity
@Table(name = "api_token")
class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Hex SHA-256 of the token ({@link TokenSecret#hash()}). */
    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 16)
    public String prefix;

    @Column(nullable = false, length = 40)
    public String name;

    /** The user (person or service account) the token acts as. */
    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(nullable = false, length = 16)
    public String role;

    /** The user's area when the token was made; null for administrators. */
    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    public String revokedBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    boolean activeAt(final Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
