package vn.loa.agent.amplifier;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;

/**
 * Switches the amplifier on {@code lead} before a playback is due and off once no playback is due any more (issue
 * item 7): a playback that ends while the next one is due within {@code lead} leaves it on. The hook runs on its own
 * thread, so a slow or failing hook never delays playback; failures are logged.
 */
public final class Amplifier implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Amplifier.class.getName());

    private final AmpHook hook;
    private final Duration lead;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        final Thread t = new Thread(runnable, "loa-amplifier");
        t.setDaemon(true);
        return t;
    });
    /** Playbacks scheduled and not yet ended, by their playAt; touched only on {@link #thread}. */
    private final Map<CommandId, Instant> due = new HashMap<>();
    private boolean on;
    private @Nullable ScheduledFuture<?> wakeUp;

    public Amplifier(final @NotNull AmpHook hook, final @NotNull Duration lead, final @NotNull Clock clock) {
        this.hook = hook;
        this.lead = lead;
        this.clock = clock;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A playback of {@code id} will start at {@code playAt}: on from {@code playAt - lead} until {@link #done}. */
    public void due(final @NotNull CommandId id, final @NotNull Instant playAt) {
        submit(() -> {
            due.put(id, playAt);
            evaluate();
        });
    }

    /** The playback of {@code id} ended, was canceled, failed or will not happen. */
    public void done(final @NotNull CommandId id) {
        submit(() -> {
            if (due.remove(id) != null) {
                evaluate();
            }
        });
    }

    private void submit(final Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.fine("amplifier closed, ignored");
        }
    }

    /** Switches to what is needed now and wakes up again when the next playback's lead time begins. */
    private void evaluate() {
        final Instant now = clock.instant();
        Instant nextOn = null;
        boolean needed = false;
        for (final Instant playAt : due.values()) {
            final Instant switchOn = playAt.minus(lead);
            if (!switchOn.isAfter(now)) {
                needed = true;
            } else if (nextOn == null || switchOn.isBefore(nextOn)) {
                nextOn = switchOn;
            }
        }
        if (needed != on) {
            switchTo(needed);
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
            wakeUp = null;
        }
        if (nextOn != null) {
            wakeUp = thread.schedule(this::evaluate, Duration.between(now, nextOn).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void switchTo(final boolean wanted) {
        on = wanted;
        try {
            hook.set(wanted);
            LOG.info(() -> "amplifier " + (wanted ? "on" : "off"));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "amplifier " + (wanted ? "on" : "off") + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Switches off if on, then stops the thread. */
    @Override
    public void close() {
        submit(() -> {
            due.clear();
            if (on) {
                switchTo(false);
            }
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(AmpHook.COMMAND_TIMEOUT_S + 1, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
