package vn.loa.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a receiver refused that the controller did not send, or sent before: a forged, tampered or replayed
 * command. Officials must see these: they are the traces of an attack on the loudspeakers.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for events without a receiver (a login locked after failed passwords). */
    @Column(name = "receiver_id", length = 63)
    public String receiverId;

    @Column(name = "command_id", length = 36)
    public String commandId;

    /** The rejection code from the receiver's ack (PROTOCOL.md section 6), e.g. {@code bad-signature}. */
    @Column(nullable = false, length = 32)
    public String code;

    @Column(length = 500)
    public String detail;

    @Column(name = "receiver_at")
    public Instant receiverAt;

    @Column(name = "server_at", nullable = false)
    public Instant serverAt;
}
