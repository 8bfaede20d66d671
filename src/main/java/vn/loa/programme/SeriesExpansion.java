package vn.loa.programme;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.loa.broadcast.Dispatcher;

/** The timer that keeps every running series expanded up to the dispatch horizon. */
@ApplicationScoped
class SeriesExpansion {

    private static final Logger LOG = Logger.getLogger(SeriesExpansion.class);

    @Inject
    SeriesService series;

    @Inject
    Dispatcher dispatcher;

    @Scheduled(every = "{loa.programme.expand-interval}", delayed = "{loa.dispatch.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            final int made = series.expandDue();
            if (made > 0) {
                LOG.infof("expanded %d occurrence(s) of recurring series", made);
                dispatcher.kick();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "expanding recurring series failed; will retry on the next round");
        }
    }
}
