package vn.loa.agent.outbox;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.command.AckOutbox;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.WireFormat;

/**
 * The durable outbox of acks (PROTOCOL.md section 8): every ack is written to disk (fsynced) before it is sent and
 * leaves the outbox only once the broker acknowledged it (PUBACK). While the link is down acks wait, flagged
 * {@code late}; after a reconnect and the subscribe, {@link #flush()} sends them in order with their original
 * {@code at}, and acks made from then on go straight out behind them. Nothing here ever blocks on the network, so
 * playback never waits for the link. Thread-safe.
 */
public final class Outbox implements AckOutbox, Closeable {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** How often an ack whose publish failed while the link looked up is tried again before the next reconnect. */
    static final int RETRIES_WHILE_UP = 3;

    /** Publishes one ack payload; the future completes on the PUBACK and fails if the link is down. */
    @FunctionalInterface
    public interface Transport {
        @NotNull CompletableFuture<?> publish(byte @NotNull [] ackPayload);
    }

    private final OutboxFile file;
    private final Transport transport;
    /** Acks not yet acknowledged by the broker, by number (their order). */
    private final TreeMap<Long, Waiting> waiting = new TreeMap<>();
    private long next;
    /** Connected (CONNACK seen, no disconnect since): an ack made now is not late. */
    private boolean linkUp;
    /** Flushed after the subscribe: new acks are sent at once. */
    private boolean flowing;

    private Outbox(final OutboxFile file, final Transport transport) {
        this.file = file;
        this.transport = transport;
        file.loaded().forEach((n, ack) -> waiting.put(n, new Waiting(ack.asLate())));
        next = waiting.isEmpty() ? 1 : waiting.lastKey() + 1;
    }

    /** Opens the outbox file, keeping the acks an earlier run could not deliver (they go out late). */
    public static @NotNull Outbox open(final @NotNull Path file, final @NotNull Transport transport)
            throws IOException {
        final Outbox outbox = new Outbox(OutboxFile.open(file), transport);
        if (!outbox.waiting.isEmpty()) {
            LOG.info(() -> "outbox holds " + outbox.waiting.size() + " ack(s) from an earlier run");
        }
        return outbox;
    }

    @Override
    public synchronized void send(final @NotNull Ack ack) {
        final Ack stamped = linkUp ? ack : ack.asLate();
        final long n = next++;
        try {
            file.add(n, stamped);
        } catch (IOException e) {
            // still sent if the link allows: better an ack that could be lost in a crash than none
            LOG.warning(() -> "commandId=" + ack.commandId() + " ack " + ack.state().wire()
                    + " not stored in the outbox: " + e);
        }
        final Waiting entry = new Waiting(stamped);
        waiting.put(n, entry);
        if (flowing) {
            publish(n, entry);
        } else {
            LOG.info(() -> "commandId=" + ack.commandId() + " ack " + ack.state().wire() + " waits in the outbox");
        }
    }

    /** The link is up (CONNACK): acks made from now on are not late, but still wait for {@link #flush()}. */
    public synchronized void linkUp() {
        linkUp = true;
    }

    /** The link is down: acks wait, flagged late. */
    public synchronized void linkDown() {
        linkUp = false;
        flowing = false;
    }

    /**
     * Sends every waiting ack in order and lets new acks through from now on. Call after the subscribe.
     *
     * @return completes once each ack sent now was acknowledged or failed
     */
    public synchronized @NotNull CompletableFuture<Void> flush() {
        flowing = true;
        final List<CompletableFuture<?>> sent = new ArrayList<>();
        for (final Long n : new ArrayList<>(waiting.keySet())) {
            final Waiting entry = waiting.get(n);
            if (entry != null && !entry.inFlight) {
                entry.attempts = 0;
                sent.add(publish(n, entry));
            }
        }
        if (!sent.isEmpty()) {
            LOG.info(() -> "outbox: sending " + sent.size() + " waiting ack(s)");
        }
        return CompletableFuture.allOf(sent.stream()
                .map(f -> f.handle((result, error) -> null))
                .toArray(CompletableFuture[]::new));
    }

    /** Acks not yet acknowledged by the broker. */
    public synchronized int size() {
        return waiting.size();
    }

    private CompletableFuture<?> publish(final long n, final Waiting entry) {
        entry.inFlight = true;
        entry.attempts++;
        return transport.publish(WireFormat.ack(entry.ack)).whenComplete((result, error) -> completed(n, error));
    }

    private synchronized void completed(final long n, final Throwable error) {
        final Waiting entry = waiting.get(n);
        if (entry == null) {
            return;
        }
        entry.inFlight = false;
        if (error == null) {
            waiting.remove(n);
            try {
                file.done(n, waiting.isEmpty());
            } catch (IOException e) {
                LOG.warning(() -> "outbox: cannot note ack " + n + " as sent (it may be sent again): " + e);
            }
            return;
        }
        entry.ack = entry.ack.asLate();
        LOG.warning(() -> "commandId=" + entry.ack.commandId() + " ack " + entry.ack.state().wire()
                + " not acknowledged, stays in the outbox: " + error.getMessage());
        if (flowing && entry.attempts < RETRIES_WHILE_UP) {
            publish(n, entry);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }

    /** An ack in the outbox; guarded by the outbox's lock. */
    private static final class Waiting {

        private Ack ack;
        private boolean inFlight;
        private int attempts;

        Waiting(final Ack ack) {
            this.ack = ack;
        }
    }
}
