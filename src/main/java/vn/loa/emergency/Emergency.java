package vn.loa.emergency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An emergency send: an EMERGENCY bulletin waiting for its approval, with the targets and expiry its sender chose,
 * and once approved the broadcast that plays it. Its state is read from the bulletin and the broadcast
 * ({@link EmergencyState#of}), never stored twice.
 */
@Entity
public class Emergency extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false, unique = true)
    public Long bulletinId;

    /** The targets as requested (JSON, the shape of {@code BroadcastRequest.Targets}). */
    @Column(nullable = false, length = 262144)
    public String targets;

    /** Null: the broadcast's default validity from the moment it is sent. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "sent_by", nullable = false, length = 64)
    public String sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The broadcast made at approval; null until then. */
    @Column(name = "broadcast_id")
    public Long broadcastId;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Why it could not be broadcast once approved (the targets' receivers were removed, it had expired...). */
    @Column(length = 1000)
    public String failure;

    /** For a correction: the emergency broadcast it corrects. */
    @Column(name = "correction_of")
    public Long correctionOf;

    @Version
    public int version;
}
