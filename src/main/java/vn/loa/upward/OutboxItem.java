package vn.loa.upward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing to send to one target, kept until it is sent or has failed {@link UpwardConfig#maxAttempts()} times
 * (V26 {@code upward_outbox}). A {@link Kind#RESULT} holds its wire body; a {@link Kind#REPORT} holds its period
 * and is built at each attempt.
 */
@Entity
@Table(name = "upward_outbox")
public class OutboxItem extends PanacheEntityBase {

    public enum Kind { REPORT, RESULT }

    public enum State { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Kind kind;

    /** For people: which period or which delivery. */
    @Column(nullable = false, length = 200)
    public String subject;

    /** A result's wire body and its type, as {@link WireMapping#result} made them; null for a report. */
    @Column(name = "content_type", length = 100)
    public String contentType;

    @Column(length = 16384)
    public String body;

    @Column(name = "period_from")
    public Instant periodFrom;

    @Column(name = "period_to")
    public Instant periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** The target's HTTP status at the last attempt; null when it did not answer. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "claimed_by", length = 40)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
