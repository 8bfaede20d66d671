package vn.loa.outbound;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a round of work soon, on its own thread, without making the caller wait. Kicks that arrive while one is
 * pending coalesce into one round: a burst of requests never queues a burst of rounds.
 */
public final class Kicker {

    private final Runnable round;
    private final ExecutorService thread;
    private final AtomicBoolean pending = new AtomicBoolean();

    public Kicker(final String name, final Runnable round) {
        this.round = round;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void kick() {
        if (pending.compareAndSet(false, true)) {
            thread.execute(() -> {
                pending.set(false);
                round.run();
            });
        }
    }

    public void shutdown() {
        thread.shutdownNow();
    }
}
