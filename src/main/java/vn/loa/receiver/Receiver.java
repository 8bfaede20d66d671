package vn.loa.receiver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A village receiver: the box that drives a loudspeaker. Presence fields are updated from its status topic. */
@Entity
public class Receiver extends PanacheEntityBase {

    @Id
    @Column(length = 63)
    public String id;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, length = 120)
    public String village;

    @Column(nullable = false, length = 120)
    public String commune;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean online;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(length = 64)
    public String agent;

    /** The last command sequence number given to this receiver (PROTOCOL.md 4.5). */
    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    /** Hashes of the broker secret (see {@link ReceiverSecrets}); the secret itself is never stored. */
    @Column(name = "secret_sha256", length = 64)
    public String secretSha256;

    @Column(name = "mosquitto_hash", length = 200)
    public String mosquittoHash;
}
