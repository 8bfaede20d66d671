package vn.loa.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/** Sends a batch and waits for the transport's acceptance of each, under one deadline for the whole batch. */
public final class Batch {

    private static final Logger LOG = Logger.getLogger(Batch.class);

    private Batch() {
    }

    /**
     * @param send starts sending one item; the future completes when the transport accepted it
     * @return the items accepted before the deadline; the others are logged and left for a retry
     */
    public static <T> List<T> send(final List<T> items, final Function<T, CompletableFuture<Void>> send,
            final Duration timeout) {
        final List<CompletableFuture<Void>> sends = new ArrayList<>(items.size());
        for (T item : items) {
            sends.add(send.apply(item));
        }
        // one deadline for the whole batch, so a broker outage cannot hold a round for batch × timeout
        final long deadline = System.nanoTime() + timeout.toNanos();
        final List<T> accepted = new ArrayList<>(items.size());
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                accepted.add(items.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.debugf("not accepted by the broker: %s (%s)", items.get(i), e.toString());
            }
        }
        if (accepted.size() < items.size()) {
            LOG.warnf("%d of %d message(s) not accepted by the broker; retrying next round",
                    items.size() - accepted.size(), items.size());
        }
        return accepted;
    }
}
