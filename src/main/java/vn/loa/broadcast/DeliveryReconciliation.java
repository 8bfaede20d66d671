package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Compares a receiver's digest with what the controller sent it. A command the broker accepted a while ago that
 * the receiver does not know was lost on the way (brokers drop QoS 1 messages beyond their queue limit and still
 * PUBACK them); it is sent again, under a new sequence number.
 */
@ApplicationScoped
public class DeliveryReconciliation {

    private static final Logger LOG = Logger.getLogger(DeliveryReconciliation.class);

    @Inject
    Clock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DispatchConfig config;

    /**
     * @param known the command ids the receiver listed
     * @return how many deliveries are to be sent again
     */
    @Transactional
    public int reconcile(final String receiverId, final Set<String> known) {
        final Instant now = clock.instant();
        final List<Delivery> unacknowledged = Delivery.<Delivery>find(
                "receiverId = ?1 and state = ?2 and resend = false and sentAt < ?3 and broadcastId in "
                        + "(select b.id from Broadcast b where b.expiresAt > ?4)",
                receiverId, DeliveryState.SENT, now.minus(config.lostAfter()), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int lost = 0;
        for (Delivery d : unacknowledged) {
            if (!known.contains(d.commandId)) {
                d.resend = true;
                lost++;
            }
        }
        if (lost > 0) {
            LOG.warnf("reconciliation: %d command(s) to %s were lost on the way; sending them again", lost,
                    receiverId);
        }
        return lost;
    }

    /**
     * Receivers with a command the broker took longer than {@code lost-after} ago and that never acknowledged it:
     * the candidates for a digest request.
     */
    @Transactional
    public List<String> receiversWithSilentCommands() {
        final Instant now = clock.instant();
        return Delivery.getEntityManager().createQuery("select distinct d.receiverId from Delivery d, Broadcast b "
                + "where d.broadcastId = b.id and d.state = :sent and d.resend = false and d.sentAt < :before "
                + "and b.expiresAt > :now", String.class)
                .setParameter("sent", DeliveryState.SENT).setParameter("before", now.minus(config.lostAfter()))
                .setParameter("now", now).getResultList();
    }

    /** After the transaction: send the re-queued ones now rather than at the next tick. */
    public void resendSoon() {
        dispatcher.kick();
    }
}
