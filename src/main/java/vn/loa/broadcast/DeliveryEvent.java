package vn.loa.broadcast;

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

/** What a receiver (or the controller, for SENT, EXPIRED and TIMED_OUT) reported about a delivery: the history. */
@Entity
@Table(name = "delivery_event")
public class DeliveryEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public Long deliveryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryState state;

    /** Receiver clock; null for events the controller records itself. */
    @Column(name = "receiver_at")
    public Instant receiverAt;

    @Column(name = "server_at", nullable = false)
    public Instant serverAt;

    @Column(length = 500)
    public String detail;

    /**
     * 0, or how many earlier reports of the same state this delivery has: PLAYING and PREEMPTED repeat when an
     * emergency cuts a play that then plays again (PROTOCOL.md 8.1). Unique with the delivery and the state.
     */
    @Column(nullable = false)
    public int occurrence;

    /** The report waited in the receiver's outbox, or arrived long after the event. */
    @Column(name = "reported_late", nullable = false)
    public boolean reportedLate;

    static DeliveryEvent of(final long deliveryId, final DeliveryState state, final Instant receiverAt,
            final Instant serverAt, final String detail) {
        final DeliveryEvent e = new DeliveryEvent();
        e.deliveryId = deliveryId;
        e.state = state;
        e.receiverAt = receiverAt;
        e.serverAt = serverAt;
        e.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        return e;
    }
}
