package vn.loa.control;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.broadcast.DeliveryReconciliation;
import vn.loa.broadcast.DispatchConfig;

/**
 * Asks for a digest from every receiver that leaves a command unacknowledged, or owes a final report past a play's
 * expected end: the broker may have dropped the command or the acks, silently. The digest then recovers the acks
 * (a lost {@code played} arrives as the digest's entry, reported late) and brings the commands again, and the next
 * round repeats this until every delivery reaches its true state.
 */
@ApplicationScoped
public class ReconcileJob {

    private static final Logger LOG = Logger.getLogger(ReconcileJob.class);
    static final String SYSTEM_USER = "loa-reconcile";

    @Inject
    DeliveryReconciliation reconciliation;

    @Inject
    ControlService control;

    @Inject
    ControlDispatcher dispatcher;

    @Inject
    DispatchConfig config;

    @Scheduled(every = "{loa.dispatch.reconcile-interval}", delayed = "{loa.dispatch.reconcile-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            final List<String> owing = reconciliation.receiversToAsk();
            if (owing.isEmpty()) {
                return;
            }
            final int asked = control.reportIfNoneOutstanding(SYSTEM_USER, owing, config.lostAfter());
            if (asked > 0) {
                LOG.infof("asked %d receiver(s) with unacknowledged commands or missing final reports for their "
                        + "digest", asked);
                dispatcher.kick();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "reconciliation round failed; will retry");
        }
    }
}
