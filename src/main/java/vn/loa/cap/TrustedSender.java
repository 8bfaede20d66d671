package vn.loa.cap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CAP sender whose signed alerts Loa accepts: the CAP {@code <sender>} and the key that signs its alerts. */
@Entity
@Table(name = "cap_sender")
public class TrustedSender extends PanacheEntityBase {

    /** Longest sender identifier, in characters. */
    public static final int MAX_SENDER = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As in the alert's {@code <sender>}, e.g. {@code canhbao@nchmf.gov.vn}. */
    @Column(nullable = false, length = MAX_SENDER)
    public String sender;

    /** The PEM certificate or public key, as given. */
    @Column(name = "key_pem", nullable = false, length = SenderKey.MAX_PEM)
    public String keyPem;

    /** SHA-256 of the DER, hex: what the API and the audit show of the key. */
    @Column(name = "key_sha256", nullable = false, length = 64)
    public String keySha256;

    /** {@code RSA} or {@code EC}. */
    @Column(nullable = false, length = 16)
    public String algorithm;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
