package vn.loa.control;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.outbound.Batch;
import vn.loa.outbound.Kicker;
import vn.loa.receiver.ReceiverService;
import vn.loa.signing.ControllerKeys;

/**
 * Sends queued control commands: at once when one is made ({@link #kick()}), and on a timer for retries. Like
 * broadcasts, a command is numbered at its first send and kept identical on re-sends.
 */
@ApplicationScoped
public class ControlDispatcher {

    private static final Logger LOG = Logger.getLogger(ControlDispatcher.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 500;

    @Inject
    ControlSender sender;

    @Inject
    ReceiverService receivers;

    @Inject
    ControllerKeys keys;

    @Inject
    Clock clock;

    private final Kicker kicker = new Kicker("loa-control-kick", this::sendDue);

    @Scheduled(every = "{loa.dispatch.interval}", delayed = "{loa.dispatch.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** Sends what is queued soon, without waiting for it. */
    public void kick() {
        kicker.kick();
    }

    void stop(@Observes final ShutdownEvent ignored) {
        kicker.shutdown();
    }

    synchronized void sendDue() {
        try {
            final List<OutgoingControl> due = QuarkusTransaction.requiringNew().call(this::loadDue);
            final List<String> sent = Batch.send(due, c -> sender.send(c).toCompletableFuture(), SEND_TIMEOUT)
                    .stream().map(OutgoingControl::commandId).toList();
            if (!sent.isEmpty()) {
                final Instant now = clock.instant();
                QuarkusTransaction.requiringNew().run(() -> ControlCommand.update(
                        "state = ?1, sentAt = ?2 where state = ?3 and commandId in ?4",
                        ControlState.SENT, now, ControlState.QUEUED, sent));
                LOG.infof("sent %d control command(s)", sent.size());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "sending control commands failed; will retry on the next round");
        }
    }

    private List<OutgoingControl> loadDue() {
        final Instant now = clock.instant();
        ControlCommand.update("state = ?1, detail = ?2 where state = ?3 and expiresAt < ?4", ControlState.EXPIRED,
                "controller: not sent before expiresAt", ControlState.QUEUED, now);
        final List<ControlCommand> due = ControlCommand.<ControlCommand>find("state = ?1 order by id",
                ControlState.QUEUED).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, BATCH).list();
        final List<OutgoingControl> out = new ArrayList<>(due.size());
        for (ControlCommand c : due) {
            if (c.seq == null) {
                c.seq = receivers.nextSeq(c.receiverId);
                c.issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            }
            final String newPublicKey = c.newKeyId == null ? null : keys.publicKey(c.newKeyId).publicKey();
            out.add(new OutgoingControl(c.type, c.commandId, c.receiverId, c.seq, c.issuedAt, c.expiresAt,
                    c.newKeyId, newPublicKey, c.signingKeyId, c.targetCommandId));
        }
        return out;
    }
}
