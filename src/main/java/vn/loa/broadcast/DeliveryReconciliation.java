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
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Compares a receiver's digest with what the controller sent it. A command the broker accepted a while ago that
 * the receiver does not know was lost on the way (brokers drop QoS 1 messages beyond their queue limit and still
 * PUBACK them); it is sent again, under a new sequence number. It also finds the receivers whose digest is needed:
 * commands unacknowledged, final reports lost past a play's expected end, deliveries an unverified refusal marked.
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

    @Inject
    DeliveryReports reports;

    /**
     * How long after a play a receiver still lists the command in its digest, a little less than the agent's 48
     * hours (devices/agent {@code Digests.RECENT}), so a command missing from the digest within it is one the
     * receiver never took.
     */
    static final Duration DIGEST_MEMORY = Duration.ofHours(47);

    /** Accepted by the receiver, and no final report yet. */
    private static final List<DeliveryState> AWAITING_FINAL = List.of(DeliveryState.RECEIVED,
            DeliveryState.DELIVERED, DeliveryState.PLAYING, DeliveryState.PREEMPTED);

    /**
     * @param known the command ids the receiver listed
     * @return how many deliveries are to be sent again
     */
    @Transactional
    public int reconcile(final String receiverId, final Set<String> known) {
        final Instant now = clock.instant();
        mendUnlisted(receiverId, known, now);
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

    /**
     * Deliveries an unverified refusal marked {@code REJECTED} (before such refusals were told apart) that the
     * receiver's digest does not list although it would (played within {@link #DIGEST_MEMORY}): the receiver never
     * took the command, so the refusal was all the controller heard of it. Rebuilt from their history; one still
     * {@code SENT} is then found lost and sent again like any other.
     */
    private void mendUnlisted(final String receiverId, final Set<String> known, final Instant now) {
        for (Delivery d : mendable(receiverId, now)) {
            if (!known.contains(d.commandId)) {
                reports.mend(d, now);
            }
        }
    }

    private static List<Delivery> mendable(final String receiverId, final Instant now) {
        return Delivery.<Delivery>find("receiverId = ?1 and state = ?2 and broadcastId in "
                + "(select b.id from Broadcast b where b.playAt > ?3)", receiverId, DeliveryState.REJECTED,
                now.minus(DIGEST_MEMORY)).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .filter(d -> Refusal.mendable(d.state, d.detail)).toList();
    }

    /**
     * Every receiver whose digest the controller needs: those that leave a command unacknowledged
     * ({@link #receiversWithSilentCommands()}), those that owe a final report ({@link #receiversOwingFinalReports()}),
     * and those with a delivery an unverified refusal marked {@code REJECTED} that their digest can still mend.
     */
    @Transactional
    public List<String> receiversToAsk() {
        final Instant now = clock.instant();
        final Set<String> ask = new TreeSet<>(receiversWithSilentCommands());
        ask.addAll(receiversOwingFinalReports());
        Delivery.<Delivery>find("state = ?1 and broadcastId in (select b.id from Broadcast b where b.playAt > ?2)",
                DeliveryState.REJECTED, now.minus(DIGEST_MEMORY)).list().stream()
                .filter(d -> Refusal.mendable(d.state, d.detail)).forEach(d -> ask.add(d.receiverId));
        return List.copyOf(ask);
    }

    /**
     * Receivers with a delivery past its expected end (playAt plus the audio's duration) by {@code final-report-after}
     * and still without a final report: its {@code played} (or other final) ack was lost on the way. Their digest
     * brings the final state, marked reported late, well before the report grace would time the delivery out.
     */
    @Transactional
    public List<String> receiversOwingFinalReports() {
        final Instant due = clock.instant().minus(config.finalReportAfter());
        final List<Object[]> rows = Delivery.getEntityManager().createQuery("select d.receiverId, b.playAt, "
                + "u.audioDurationMs from Delivery d, Broadcast b, Bulletin u where d.broadcastId = b.id "
                + "and b.bulletinId = u.id and d.state in :open and b.playAt < :due", Object[].class)
                .setParameter("open", AWAITING_FINAL).setParameter("due", due).getResultList();
        final Set<String> owing = new TreeSet<>();
        for (Object[] row : rows) {
            final Long durationMs = (Long) row[2];
            if (((Instant) row[1]).plusMillis(durationMs == null ? 0 : durationMs).isBefore(due)) {
                owing.add((String) row[0]);
            }
        }
        return List.copyOf(owing);
    }

    /** After the transaction: send the re-queued ones now rather than at the next tick. */
    public void resendSoon() {
        dispatcher.kick();
    }
}
