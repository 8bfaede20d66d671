package vn.loa.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * What receivers publish, between the MQTT client and the database: one worker takes the messages in the order they
 * arrived, as many as are waiting up to a batch, hands them to the handler together, and only then acknowledges them
 * to the broker (so a message the controller did not apply is delivered again after a crash). The queue is bounded:
 * when it is full, {@link #offer} waits, the client's callback thread with it, and the broker — which never sends
 * more than its in-flight window of unacknowledged QoS 1 messages — keeps the rest. Nothing is dropped.
 *
 * @param <M> the client's message type ({@code Mqtt3Publish})
 */
final class InboundQueue<M> {

    private static final Logger LOG = Logger.getLogger(InboundQueue.class);

    private final BlockingQueue<M> queue;
    private final Function<M, Inbound> read;
    private final Consumer<M> acknowledge;
    private final int batch;
    private final Consumer<List<Inbound>> handler;
    private final Thread worker;
    private final Runnable onFull;
    private volatile boolean running = true;
    private volatile long fullSince;

    /**
     * @param capacity most messages held, taken from the broker but not yet handled
     * @param batch    most messages handed to {@code handler} at once
     * @param read        what a client's message says
     * @param acknowledge acknowledges one message to the broker
     * @param handler     applies the messages; whatever it does with each, they are acknowledged afterwards
     * @param onFull      told each time the queue fills up and reading from the broker pauses (a metric)
     */
    InboundQueue(final String name, final int capacity, final int batch, final Function<M, Inbound> read,
            final Consumer<M> acknowledge, final Consumer<List<Inbound>> handler, final Runnable onFull) {
        if (capacity < 1 || batch < 1) {
            throw new IllegalArgumentException("inbound queue capacity and batch must be at least 1");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batch = batch;
        this.read = read;
        this.acknowledge = acknowledge;
        this.handler = handler;
        this.onFull = onFull;
        this.worker = new Thread(this::run, name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Takes one message; waits while the queue is full (the broker then holds the rest). */
    void offer(final M publish) {
        try {
            if (!queue.offer(publish)) {
                if (fullSince == 0) {
                    fullSince = System.nanoTime();
                    onFull.run();
                    LOG.warnf("inbound queue full (%d receiver messages waiting to be stored): reading from the "
                            + "broker pauses until the database catches up", queue.size());
                }
                queue.put(publish);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages taken from the broker and not yet handled. */
    int waiting() {
        return queue.size();
    }

    void stop() {
        running = false;
        worker.interrupt();
    }

    private void run() {
        final List<M> taken = new ArrayList<>(batch);
        while (running) {
            try {
                taken.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(taken, batch - 1);
            final List<Inbound> messages = new ArrayList<>(taken.size());
            for (M m : taken) {
                messages.add(read.apply(m));
            }
            try {
                handler.accept(messages);
            } catch (RuntimeException e) {
                // the handler logs and drops what it cannot apply; this only guards the worker's life
                LOG.errorf(e, "handling %d receiver message(s) failed", messages.size());
            }
            if (Thread.currentThread().isInterrupted() && !running) {
                return; // stopping: not acknowledged, so the broker delivers them again to the next start
            }
            taken.forEach(acknowledge);
            taken.clear();
            if (fullSince != 0 && queue.remainingCapacity() > 0) {
                LOG.infof("inbound queue drained after %d ms full", (System.nanoTime() - fullSince) / 1_000_000);
                fullSince = 0;
            }
        }
    }
}
