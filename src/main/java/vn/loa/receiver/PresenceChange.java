package vn.loa.receiver;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The presence history (V26): a receiver went online or offline at {@code changedAt} (controller clock). Written by
 * {@link ReceiverService#recordStatus} when the online flag changes; read by the upward report for uptime.
 */
@Entity
@Table(name = "receiver_presence")
public class PresenceChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "receiver_id", nullable = false, length = 63)
    public String receiverId;

    @Column(nullable = false)
    public boolean online;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static PresenceChange of(final String receiverId, final boolean online, final Instant at) {
        final PresenceChange c = new PresenceChange();
        c.receiverId = receiverId;
        c.online = online;
        c.changedAt = at;
        return c;
    }
}
