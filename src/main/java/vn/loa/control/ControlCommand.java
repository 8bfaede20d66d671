package vn.loa.control;

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

/** One stop, rotate-key, report or cancel command to one receiver, and what became of it. */
@Entity
@Table(name = "control_command")
public class ControlCommand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "command_id", nullable = false, unique = true, length = 36)
    public String commandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ControlType type;

    @Column(name = "receiver_id", nullable = false, length = 63)
    public String receiverId;

    @Column
    public Long seq;

    /** For rotate-key: the key announced, and the (retired) key that must sign the announcement. */
    @Column(name = "new_key_id", length = 16)
    public String newKeyId;

    @Column(name = "signing_key_id", length = 16)
    public String signingKeyId;

    /** For cancel: the play command it withdraws. */
    @Column(name = "target_command_id", length = 36)
    public String targetCommandId;

    @Column(name = "issued_by", nullable = false, length = 64)
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ControlState state;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Receiver clock of its report. */
    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(length = 500)
    public String detail;
}
