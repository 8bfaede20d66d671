package vn.loa.broadcast;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.outbound.Batch;
import vn.loa.outbound.Kicker;
import vn.loa.bulletin.Bulletin;
import vn.loa.receiver.ReceiverService;

/**
 * Sends every due command and closes deliveries that can no longer happen. Runs on a timer and, through
 * {@link #kick()}, right after a broadcast is scheduled. A failed send leaves the delivery QUEUED for the next
 * round: nothing is lost while the broker is away. A command may go out twice (two rounds, two controller
 * instances); receivers ignore a command id they already know.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Sent, but the receiver has not confirmed it holds the verified audio. */
    private static final List<DeliveryState> NOT_DELIVERED = List.of(DeliveryState.SENT, DeliveryState.RECEIVED);
    /** Ready to play or playing, without a final report yet. */
    private static final List<DeliveryState> DELIVERED_NOT_FINAL = List.of(DeliveryState.DELIVERED,
            DeliveryState.PLAYING);

    @Inject
    jakarta.enterprise.event.Event<DeliveryFinished> finished;

    @Inject
    CommandSender sender;

    @Inject
    DispatchConfig config;

    @Inject
    Clock clock;

    @Inject
    ReceiverService receivers;

    @Inject
    vn.loa.area.QuietHoursPolicy quietHours;

    @Inject
    BroadcastMeters meters;

    @Inject
    SlotNames slotNames;

    private final Kicker kicker = new Kicker("loa-dispatch-kick", this::dispatchDue);

    @Scheduled(every = "{loa.dispatch.interval}", delayed = "{loa.dispatch.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatchDue();
    }

    /** Asks for a round soon, without waiting for it; many kicks while one is pending make one round. */
    public void kick() {
        kicker.kick();
    }

    void stop(@Observes final ShutdownEvent ignored) {
        kicker.shutdown();
    }

    /** One round: expire and time out, then send what is due. Serialized so two rounds never overlap in one JVM. */
    public synchronized void dispatchDue() {
        try {
            closeOverdue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "closing overdue deliveries failed; will retry on the next round");
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "sending due commands failed; will retry on the next round");
        }
    }

    /**
     * Sends what is due in batches of {@code loa.dispatch.batch-size}, one batch after the other while they come
     * full, so a broadcast to thousands of receivers goes out in one round instead of one batch per timer tick. Stops
     * at the first batch the broker did not take whole: the rest waits for the next round.
     */
    private void sendDue() {
        while (true) {
            final long start = System.nanoTime();
            final List<OutgoingCommand> due = QuarkusTransaction.requiringNew().call(this::loadDue);
            if (due.isEmpty()) {
                return;
            }
            final long loaded = System.nanoTime();
            final List<String> sent = Batch.send(due, c -> sender.send(c).toCompletableFuture(), config.sendTimeout())
                    .stream().map(OutgoingCommand::commandId).toList();
            final long published = System.nanoTime();
            if (!sent.isEmpty()) {
                final Instant now = clock.instant();
                QuarkusTransaction.requiringNew().run(() -> markSent(sent, now));
            }
            LOG.infof("sent %d command(s) in %d ms (load %d ms, publish %d ms, mark sent %d ms)", sent.size(),
                    ms(start, System.nanoTime()), ms(start, loaded), ms(loaded, published),
                    ms(published, System.nanoTime()));
            if (due.size() < config.batchSize() || sent.size() < due.size()) {
                return;
            }
        }
    }

    private static long ms(final long fromNanos, final long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private List<OutgoingCommand> loadDue() {
        final Instant now = clock.instant();
        final List<Delivery> due = Delivery.find(
                "(state = ?1 and sendAfter <= ?2) or (resend = true and state = ?3) order by sendAfter, id",
                DeliveryState.QUEUED, now, DeliveryState.SENT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, config.batchSize()).list();
        // numbered at the first send, not at scheduling: commands go out in send order, not creation order; a
        // command lost on the way gets a new number, or the receiver's sequence check could refuse it
        final java.util.function.ToLongFunction<String> seqs = receivers.seqsFor(due.stream()
                .filter(d -> d.seq == null || d.resend).map(d -> d.receiverId).toList());
        final List<OutgoingCommand> commands = new ArrayList<>(due.size());
        final vn.loa.area.QuietHoursPolicy.Resolver windows = due.isEmpty() ? null : quietHours.resolver();
        for (Delivery d : due) {
            if (d.seq == null || d.resend) {
                d.seq = seqs.applyAsLong(d.receiverId);
                d.issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            }
            final Broadcast b = Broadcast.findById(d.broadcastId);
            final Bulletin u = Bulletin.findById(b.bulletinId);
            commands.add(new OutgoingCommand(d.commandId, d.receiverId, d.seq, d.issuedAt, b.id, u.audioSha256,
                    u.audioBytes, u.audioDurationMs, b.playAt, b.expiresAt, u.priority, u.title,
                    quietWindow(windows, d.receiverId, b.playAt), slotPart(b)));
        }
        return commands;
    }

    /** The item's place in its programme slot (PROTOCOL.md 4.1f); null outside a slot or for an unknown slot. */
    private OutgoingCommand.SlotPart slotPart(final Broadcast b) {
        if (b.slotId == null || b.slotIndex == null || b.occurrenceAt == null) {
            return null;
        }
        final String name = slotNames.name(b.slotId);
        return name == null ? null : new OutgoingCommand.SlotPart(b.slotId, name, b.occurrenceAt, b.slotIndex);
    }

    /** The quiet hours of the receiver's area, read at the communes' offset at playAt (PROTOCOL.md 4.1e). */
    private static OutgoingCommand.QuietWindow quietWindow(final vn.loa.area.QuietHoursPolicy.Resolver windows,
            final String receiverId, final Instant playAt) {
        final vn.loa.receiver.Receiver r = vn.loa.receiver.Receiver.findById(receiverId);
        return windows.effective(r == null ? null : r.areaId)
                .map(e -> new OutgoingCommand.QuietWindow(e.window().fromText(), e.window().toText(),
                        vn.loa.area.QuietHours.offsetText(vn.loa.area.QuietHoursPolicy.ZONE, playAt)))
                .orElse(null);
    }

    /** Deliveries marked sent by one query: a bound on the SQL's parameter list. */
    private static final int MARK_CHUNK = 500;

    private void markSent(final List<String> commandIds, final Instant now) {
        for (int from = 0; from < commandIds.size(); from += MARK_CHUNK) {
            final List<Delivery> chunk = Delivery.<Delivery>find("commandId in ?1 order by id",
                    commandIds.subList(from, Math.min(commandIds.size(), from + MARK_CHUNK)))
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (Delivery d : chunk) {
                if (d.sentAt == null || d.resend) {
                    d.sentAt = now; // the receiver's ack may have overtaken the broker's PUBACK
                }
                d.resend = false;
                if (d.state == DeliveryState.QUEUED) {
                    meters.dispatched(d, now);
                    d.state = DeliveryState.SENT;
                    d.updatedAt = now;
                    DeliveryEvent.of(d.id, DeliveryState.SENT, null, now, null).persist();
                }
            }
        }
    }

    /**
     * Closes what can no longer happen as planned: QUEUED past expiresAt becomes EXPIRED; TIMED_OUT when not
     * delivered by playAt plus the grace, or with no final report by the expected end (playAt plus the audio's
     * duration) plus the grace; a play an emergency cut (PREEMPTED, waiting to play again) when still without a
     * final report by expiresAt plus the grace (the receiver expires it by then). A receiver's own final report
     * still replaces TIMED_OUT when it comes.
     */
    private void closeOverdue() {
        final Instant now = clock.instant();
        final Instant graceAgo = now.minus(config.reportGrace());
        QuarkusTransaction.requiringNew().run(() -> {
            // locked like DeliveryReports does, so a report arriving now waits instead of failing either side
            Delivery.<Delivery>find("state = ?1 and broadcastId in "
                    + "(select b.id from Broadcast b where b.expiresAt < ?2)", DeliveryState.QUEUED, now)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, config.batchSize()).list()
                    .forEach(d -> close(d, DeliveryState.EXPIRED, "controller: not sent before expiresAt", now));
            Delivery.<Delivery>find("state in ?1 and broadcastId in "
                    + "(select b.id from Broadcast b where b.playAt < ?2)", NOT_DELIVERED, graceAgo)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, config.batchSize()).list()
                    .forEach(d -> close(d, DeliveryState.TIMED_OUT, "controller: not delivered by playAt", now));
            for (Delivery d : Delivery.<Delivery>find("state in ?1 and broadcastId in "
                    + "(select b.id from Broadcast b where b.playAt < ?2)", DELIVERED_NOT_FINAL, graceAgo)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, config.batchSize()).list()) {
                final Broadcast b = Broadcast.findById(d.broadcastId);
                final Bulletin u = Bulletin.findById(b.bulletinId);
                if (b.playAt.plusMillis(u.audioDurationMs).isBefore(graceAgo)) {
                    close(d, DeliveryState.TIMED_OUT, "controller: no final report by the expected end", now);
                }
            }
            Delivery.<Delivery>find("state = ?1 and broadcastId in "
                    + "(select b.id from Broadcast b where b.expiresAt < ?2)", DeliveryState.PREEMPTED, graceAgo)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, config.batchSize()).list()
                    .forEach(d -> close(d, DeliveryState.TIMED_OUT, "controller: preempted, no final report by "
                            + "expiresAt", now));
        });
    }

    private void close(final Delivery d, final DeliveryState state, final String detail, final Instant now) {
        d.state = state;
        d.detail = detail;
        d.updatedAt = now;
        DeliveryEvent.of(d.id, state, null, now, detail).persist();
        finished.fire(new DeliveryFinished(d.id, state));
        LOG.infof("delivery of command %s to %s is %s", d.commandId, d.receiverId, state);
    }
}
