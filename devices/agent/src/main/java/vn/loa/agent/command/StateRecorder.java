package vn.loa.agent.command;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.Step;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.AckState;
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

    /**
     * Records {@code step} reached at {@code at} and sends its ack ({@link Step#STARTING} and {@link Step#WITHDRAWN}
     * have none).
     */
    void record(final @NotNull CommandId id, final @NotNull Step step, final @NotNull Instant at,
            final @Nullable String detail) {
        record(id, null, step, at, detail);
    }

    /** As {@link #record(CommandId, Step, Instant, String)}, also writing the command's {@code seq} (digest). */
    void record(final @NotNull CommandId id, final @Nullable Long seq, final @NotNull Step step,
            final @NotNull Instant at, final @Nullable String detail) {
        final JournalEntry entry = new JournalEntry(id, step, local(at), detail, seq);
        journal.append(entry);
        log(entry);
        send(entry);
    }

    /**
     * Records the first step of a command seen for the first time, with its {@code seq} (for the digest; null if unknown); a command
     * the journal already knows is left alone (nothing recorded, nothing sent).
     *
     * @return true if this was the command's first entry
     */
    boolean recordFirst(final @NotNull CommandId id, final @Nullable Long seq, final @NotNull Step step,
            final @Nullable String detail) {
        final JournalEntry entry = new JournalEntry(id, step, local(clock.instant()), detail, seq);
        if (journal.appendIfFirst(entry).isPresent()) {
            LOG.warning(() -> "commandId=" + id + " already journaled, " + step.wire() + " not recorded");
            return false;
        }
        log(entry);
        send(entry);
        return true;
    }

    /**
     * Sends a verified {@code rejected} ack that is not a state of the command, so it is not journaled: a replay of
     * a known command (a warning for the controller, PROTOCOL.md section 5).
     */
    void rejectUnrecorded(final @NotNull CommandId id, final @NotNull String detail) {
        LOG.warning(() -> "commandId=" + id + " rejected (not journaled): " + detail);
        outbox.send(new Ack(id, self, AckState.REJECTED, local(clock.instant()), detail));
    }

    /**
     * Sends a {@code rejected} ack flagged {@code verified: false} for a message whose signature did not verify
     * (PROTOCOL.md 4.2, 7). Never journaled, never in the digest: anyone can claim a commandId, and such a claim
     * must neither burn an id the controller may still send nor touch the state of the genuine command.
     */
    void rejectUnverified(final @NotNull CommandId id, final @NotNull String detail) {
        LOG.warning(() -> "commandId=" + id + " rejected unverified (not journaled): " + detail);
        outbox.send(Ack.unverified(id, self, local(clock.instant()), detail));
    }

    private void send(final JournalEntry entry) {
        entry.step().ackState().ifPresent(state ->
                outbox.send(new Ack(entry.commandId(), self, state, entry.at(), entry.detail())));
    }

    /** {@code at} on the receiver clock as acks write it: milliseconds, the clock's zone. */
    @NotNull OffsetDateTime local(final @NotNull Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), clock.getZone());
    }

    private static void log(final JournalEntry entry) {
        LOG.info(() -> "commandId=" + entry.commandId() + " state=" + entry.step().wire() + " at=" + entry.at()
                + (entry.detail() == null ? "" : " detail=" + entry.detail()));
    }
}
