package vn.loa.agent.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.protocol.ReceiverStatus;

/**
 * What the receiver tells the controller unasked: its online status with health fields after each connect and then
 * every heartbeat interval (PROTOCOL.md 4.3), and its digest (4.6). Everything is made and handed to the link on
 * one thread of its own (the health command and the digest touch the disk), never on the MQTT client's threads.
 */
public final class Presence implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Presence.class.getName());

    private final ReceiverId self;
    private final String agentName;
    private final Clock clock;
    private final Supplier<Health> health;
    private final Supplier<Digest> digest;
    private final Consumer<ReceiverStatus> statusOut;
    private final Consumer<Digest> digestOut;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        final Thread t = new Thread(runnable, "loa-presence");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param statusOut publishes a status (retained) if the link is up, else drops it
     * @param digestOut publishes a digest if the link is up, else drops it
     */
    public Presence(final @NotNull ReceiverId self, final @NotNull String agentName, final @NotNull Clock clock,
            final @NotNull Supplier<Health> health, final @NotNull Supplier<Digest> digest,
            final @NotNull Consumer<ReceiverStatus> statusOut, final @NotNull Consumer<Digest> digestOut) {
        this.self = self;
        this.agentName = agentName;
        this.clock = clock;
        this.health = health;
        this.digest = digest;
        this.statusOut = statusOut;
        this.digestOut = digestOut;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** Starts the heartbeat: the online status every {@code interval}, first after one interval. */
    public void startHeartbeat(final @NotNull Duration interval) {
        thread.scheduleAtFixedRate(this::status, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Publishes the online status now (after a connect). */
    public void publishStatus() {
        submit(this::status);
    }

    /** Publishes the digest now (after a reconnect and the outbox flush, or on a {@code report} command). */
    public void publishDigest() {
        submit(() -> {
            final Digest made = digest.get();
            digestOut.accept(made);
            LOG.info(() -> "digest published with " + made.commands().size() + " command(s)");
        });
    }

    private void status() {
        try {
            statusOut.accept(ReceiverStatus.online(self, OffsetDateTime.now(clock), agentName, health.get()));
        } catch (RuntimeException e) {
            // a failed heartbeat must not cancel the next ones
            LOG.log(Level.WARNING, "status not published: " + e, e);
        }
    }

    private void submit(final Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "presence task failed: " + e, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine("presence closed, ignored");
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
