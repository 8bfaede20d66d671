package vn.loa.broadcast;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** One broadcast on one receiver: the current state and when each step happened. */
@Entity
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "broadcast_id", nullable = false)
    public Long broadcastId;

    @Column(name = "receiver_id", nullable = false, length = 63)
    public String receiverId;

    /** The id of the command sent to the receiver; receivers quote it in every ack. */
    @Column(name = "command_id", nullable = false, length = 36, unique = true)
    public String commandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryState state;

    /**
     * The broadcast's scheduled time, copied when the delivery is made (a broadcast's playAt never changes): the log
     * finds a receiver's deliveries in a time range with one index ({@code delivery_receiver_play_at_idx}, V23).
     */
    @Column(name = "play_at", nullable = false)
    public Instant playAt;

    /** Server time from which the command may be sent (playAt minus the send horizon). */
    @Column(name = "send_after", nullable = false)
    public Instant sendAfter;

    /** Server time the broker acknowledged the command. */
    @Column(name = "sent_at")
    public Instant sentAt;

    /** The following four are receiver clock times, as reported in acks. */
    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(length = 500)
    public String detail;

    /** Sequence number and issue time of the command, fixed at its first send so a re-send is identical. */
    @Column
    public Long seq;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** When the final report arrived (controller clock), and whether it came late (after the link was down). */
    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "reported_late", nullable = false)
    public boolean reportedLate;

    /** Reconciliation found the command lost on the way: send it again, under a new sequence number. */
    @Column(nullable = false)
    public boolean resend;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /**
     * Applies a receiver's report. The step time is recorded even when the report arrives out of order (a
     * {@code playing} after {@code played} still tells when playback started), but the state only moves forward.
     *
     * @return true when the state changed
     */
    boolean apply(final DeliveryState reported, final Instant receiverAt, final String reportDetail,
            final Instant now) {
        switch (reported) {
            case RECEIVED -> receivedAt = first(receivedAt, receiverAt);
            case DELIVERED -> deliveredAt = first(deliveredAt, receiverAt);
            case PLAYING -> startedAt = first(startedAt, receiverAt);
            case PLAYED, FAILED, REJECTED, EXPIRED, CANCELED -> finishedAt = first(finishedAt, receiverAt);
            default -> { }
        }
        updatedAt = now;
        if (!state.canMoveTo(reported)) {
            return false;
        }
        state = reported;
        if (reported.isFinal()) {
            reportedAt = now;
        }
        detail = reportDetail == null || reportDetail.length() <= 500 ? reportDetail : reportDetail.substring(0, 500);
        return true;
    }

    /**
     * Rebuilds the state and step times from the history alone, in the order it was recorded: the controller's own
     * steps (receiver time null) and the receivers' reports, each applied as when it arrived. Used when a report
     * that should never have been a state (an unverified refusal) is taken out of the history.
     */
    void rebuild(final List<DeliveryEvent> history, final Instant now) {
        state = DeliveryState.QUEUED;
        receivedAt = null;
        deliveredAt = null;
        startedAt = null;
        finishedAt = null;
        detail = null;
        reportedAt = null;
        reportedLate = false;
        for (DeliveryEvent e : history) {
            if (apply(e.state, e.receiverAt, e.detail, e.serverAt) && e.state.isFinal()) {
                reportedAt = e.receiverAt == null ? null : e.serverAt;
                reportedLate = e.reportedLate;
            }
        }
        updatedAt = now;
    }

    private static Instant first(final Instant existing, final Instant reported) {
        return existing != null ? existing : reported;
    }
}
