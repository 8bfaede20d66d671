package vn.loa.agent.command;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.Step;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.ReceiverId;

/** The one place a command changes state: journal first (fsynced), then the ack. */
final class StateRecorder {

    private static final Logger LOG = Logger.getLogger(StateRecorder.class.getName());

    private final ReceiverId self;
    private final Journal journal;
    private final AckOutbox outbox;
    private final Clock clock;

    StateRecorder(final ReceiverId self, final Journal journal, final AckOutbox outbox, final Clock clock) {
        this.self = self;
        this.journal = journal;
        this.outbox = outbox;
        this.clock = clock;
    }

    @NotNull Instant now() {
        return clock.instant();
    }

    /** Records {@code step} reached at {@code at} and sends its ack ({@link Step#STARTING} has none). */
    void record(final @NotNull CommandId id, final @NotNull Step step, final @NotNull Instant at,
            final @Nullable String detail) {
        final JournalEntry entry = new JournalEntry(id, step, local(at), detail);
        journal.append(entry);
        log(entry);
        send(entry);
    }

    /**
     * Records the first step of a command seen for the first time. A known command is not recorded again: the ack
     * of its latest state is sent once more instead (the controller may have lost it).
     *
     * @return true if this was the command's first entry
     */
    boolean recordFirst(final @NotNull CommandId id, final @NotNull Step step, final @Nullable String detail) {
        final JournalEntry entry = new JournalEntry(id, step, local(clock.instant()), detail);
        final Optional<JournalEntry> known = journal.appendIfFirst(entry);
        if (known.isPresent()) {
            resendLast(id);
            return false;
        }
        log(entry);
        send(entry);
        return true;
    }

    /** Sends again the ack of the command's latest acked state, unchanged. */
    void resendLast(final @NotNull CommandId id) {
        journal.lastAcked(id).ifPresent(last -> {
            LOG.info(() -> "commandId=" + id + " duplicate, re-acking last state " + last.step().name().toLowerCase(java.util.Locale.ROOT));
            send(last);
        });
    }

    private void send(final JournalEntry entry) {
        entry.step().ackState().ifPresent(state ->
                outbox.send(new Ack(entry.commandId(), self, state, entry.at(), entry.detail())));
    }

    private OffsetDateTime local(final Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), clock.getZone());
    }

    private static void log(final JournalEntry entry) {
        LOG.info(() -> "commandId=" + entry.commandId() + " state=" + entry.step().name().toLowerCase(java.util.Locale.ROOT)
                + " at=" + entry.at() + (entry.detail() == null ? "" : " detail=" + entry.detail()));
    }
}
