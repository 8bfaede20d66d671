package vn.loa.signing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One controller signing key pair. Kept in the database so that several controller instances sign with the same
 * key; the newest key without {@code retiredAt} is the current one. Retired keys stay: a rotate-key command for
 * a receiver that missed the rotation must still be signed by the key that receiver trusts.
 */
@Entity
@Table(name = "signing_key")
class SigningKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id", length = 16)
    public String keyId;

    /** Raw 32-byte Ed25519 public key, base64. */
    @Column(name = "public_key", nullable = false, length = 64)
    public String publicKey;

    /** PKCS#8 encoding of the private key, base64. */
    @Column(name = "private_key", nullable = false, length = 200)
    public String privateKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
