package vn.loa.cap;

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
 * A CAP message Loa accepted, once per (sender, identifier): the duplicate check, and the link from an alert to its
 * bulletin and broadcast that an Update or Cancel follows.
 */
@Entity
@Table(name = "cap_alert")
public class CapAlert extends PanacheEntityBase {

    /** What became of an accepted message. */
    public enum State {
        /** Draft, System, Ack or Error: recorded, never played. */
        IGNORED,
        /** In the approval queue. */
        WAITING,
        /** Approved (by a person or by policy) and scheduled. */
        BROADCAST,
        /** Approved after its {@code expires}, or too close to it to play: nothing was scheduled. */
        EXPIRED,
        /** Approved, but it could not be scheduled (its areas lost their receivers meanwhile): see the log. */
        FAILED,
        /** Withdrawn by a Cancel. */
        CANCELED,
        /** Withdrawn by an Update that took its place. */
        REPLACED,
        /** A Cancel message: it withdrew the alerts it references. */
        CANCEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = TrustedSender.MAX_SENDER)
    public String sender;

    @Column(nullable = false, length = 255)
    public String identifier;

    @Column(nullable = false)
    public Instant sent;

    /** Actual, Exercise, System, Test, Draft. */
    @Column(nullable = false, length = 16)
    public String status;

    /** Alert, Update, Cancel, Ack, Error. */
    @Column(name = "msg_type", nullable = false, length = 16)
    public String msgType;

    /** Exercise or Test: plays only as a test broadcast that says so. */
    @Column(nullable = false)
    public boolean test;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state;

    @Column(length = 16)
    public String urgency;

    @Column(length = 16)
    public String severity;

    @Column(length = 500)
    public String headline;

    /** The info's {@code expires}: the broadcast's expiresAt; null for the default validity. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The broadcast targets (JSON of {@code BroadcastRequest.Targets}): matched areas and receivers. */
    @Column(length = 65536)
    public String targets;

    @Column(name = "bulletin_id")
    public Long bulletinId;

    @Column(name = "broadcast_id")
    public Long broadcastId;

    /** The Update or Cancel that withdrew this alert. */
    @Column(name = "withdrawn_by")
    public Long withdrawnBy;

    /** The Loa user (or service account) that posted the message; the broadcast is scheduled in their name. */
    @Column(name = "received_by", nullable = false, length = 64)
    public String receivedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
