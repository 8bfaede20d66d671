package vn.loa.upward;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.loa.error.LoaException;

/**
 * Sends what the {@link Outbox} holds: each round claims due items (a lease per item, so several controllers share
 * the work without sending one item twice), builds a report's body at the attempt, posts it ({@link PushClient})
 * outside any transaction and records the outcome. The worker keeps no state of its own: a restart, or another
 * instance, picks up whatever is pending, including items a dead worker had claimed once their lease ends.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    /** This instance's name in {@code claimed_by}. */
    final String name = "worker-" + UUID.randomUUID().toString().substring(0, 18);

    @Inject
    Outbox outbox;

    @Inject
    PushClient client;

    @Inject
    WireMapping mapping;

    @Inject
    UpwardReports reports;

    @Inject
    UpwardConfig config;

    /** The scheduled job's identity (tests pause it with {@code Scheduler.pause}). */
    static final String JOB = "upward-outbox";

    @Scheduled(identity = JOB, every = "{loa.upward.poll-every}", delayed = "{loa.dispatch.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runOnce();
    }

    /** One round; returns how many items it attempted. */
    public int runOnce() {
        int attempted = 0;
        for (Long id : outbox.due(config.batchSize())) {
            if (outbox.claim(id, name)) {
                attempt(id);
                attempted++;
            }
        }
        return attempted;
    }

    private void attempt(final long id) {
        PushClient.Outcome outcome;
        try {
            final Prepared p = QuarkusTransaction.requiringNew().call(() -> prepare(id));
            outcome = client.send(p.target(), p.wire());
        } catch (LoaException e) {
            outcome = new PushClient.Outcome(false, null, "report: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "upward item %d could not be prepared", id);
            outcome = new PushClient.Outcome(false, null, "internal: " + e.getClass().getSimpleName());
        }
        outbox.record(id, name, outcome);
        if (!outcome.sent()) {
            LOG.infof("upward item %d not sent: %s", id, outcome.error());
        }
    }

    private record Prepared(UpwardTarget target, WireMapping.Wire wire) {
    }

    private Prepared prepare(final long id) {
        final OutboxItem item = OutboxItem.findById(id);
        final UpwardTarget target = UpwardTarget.findById(item.targetId);
        final WireMapping.Wire wire = item.kind == OutboxItem.Kind.RESULT
                ? new WireMapping.Wire(item.contentType, item.body)
                : mapping.report(reports.build(target.areaId, item.periodFrom, item.periodTo));
        return new Prepared(target, wire);
    }
}
