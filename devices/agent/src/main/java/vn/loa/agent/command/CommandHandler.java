package vn.loa.agent.command;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.journal.Step;
import vn.loa.agent.protocol.CancelCommand;
import vn.loa.agent.protocol.Command;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.protocol.ReportCommand;
import vn.loa.agent.protocol.RotateKeyCommand;
import vn.loa.agent.protocol.SignedCommand;
import vn.loa.agent.protocol.StopCommand;
import vn.loa.agent.trust.TrustStore;

/**
 * Intake of the command topic, in the order of PROTOCOL.md section 7: parse (text, JSON, fields), known type,
 * verify the signature, check the receiver, refuse replays (known commandId, then used or too old seq), expire, else
 * record and act. Rejections before the signature is verified are acked {@code verified: false} and never journaled,
 * so that a forger can neither burn a commandId nor change the state of the genuine command; rejections of verified
 * commands are their final state. Only an accepted command uses up its seq. A {@code cancel} withdraws a play (section 4.1d); one that names a play
 * not received yet leaves a {@link Step#WITHDRAWN} mark, so that the play is finished {@code canceled} on arrival.
 * Not thread-safe: call from one thread.
 */
final class CommandHandler {

    private static final Logger LOG = Logger.getLogger(CommandHandler.class.getName());

    private final ReceiverId self;
    private final Journal journal;
    private final PendingCommands pending;
    private final SequenceWindow sequence;
    private final TrustStore trust;
    private final StateRecorder recorder;
    private final CommandRunner runner;
    private final Runnable reportRequested;
    private final AtomicReference<Health.LastCommand> lastCommand = new AtomicReference<>();

    CommandHandler(final ReceiverId self, final Journal journal, final PendingCommands pending,
            final SequenceWindow sequence, final TrustStore trust, final StateRecorder recorder,
            final CommandRunner runner, final Runnable reportRequested) {
        this.reportRequested = reportRequested;
        this.self = self;
        this.journal = journal;
        this.pending = pending;
        this.sequence = sequence;
        this.trust = trust;
        this.recorder = recorder;
        this.runner = runner;
    }

    /** Handles one payload of the command topic. Never throws: a bad message must not stop the subscriber. */
    void onMessage(final byte @NotNull [] payload) {
        try {
            handle(payload);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command handling failed: " + e, e);
        }
    }

    /** The last command that passed the replay and sequence checks, empty before the first. Any thread. */
    Optional<Health.LastCommand> lastCommand() {
        return Optional.ofNullable(lastCommand.get());
    }

    private void handle(final byte[] payload) {
        final Instant receivedAt = recorder.now();
        final Command command;
        final String issuedAt;
        try {
            final SignedCommand signed = CommandParser.parse(payload);
            trust.verify(signed);
            command = signed.command();
            issuedAt = signed.issuedAt();
        } catch (CommandRejectedException e) {
            if (e.commandId() == null) {
                LOG.warning(() -> "command without a usable commandId dropped: " + e.detail());
            } else {
                recorder.rejectUnverified(e.commandId(), e.detail());
            }
            return;
        }
        final CommandId id = command.commandId();
        if (!command.receiverId().equals(self)) {
            recorder.recordFirst(id, command.seq(), Step.REJECTED, DetailCode.WRONG_RECEIVER.detail(
                    "command is for " + command.receiverId() + ", this receiver is " + self));
            return;
        }
        final Optional<JournalEntry> known = journal.last(id);
        if (known.isPresent() && known.get().step() == Step.WITHDRAWN && command instanceof PlayCommand play) {
            acceptWithdrawnPlay(play, known.get());
            return;
        }
        if (known.isPresent()) {
            recorder.rejectUnrecorded(id, DetailCode.REPLAYED_ID.detail(
                    "already " + known.get().step().wire() + " at " + known.get().at()));
            return;
        }
        if (!sequence.admits(command.seq(), id)) {
            recorder.recordFirst(id, command.seq(), Step.REJECTED, DetailCode.OLD_SEQUENCE.detail(
                    "seq " + command.seq() + " is used or outside the window below the highest accepted "
                            + sequence.highest()));
            return;
        }
        lastCommand.set(new Health.LastCommand(issuedAt, recorder.local(receivedAt)));
        if (command.isExpiredAt(recorder.now())) {
            recorder.recordFirst(id, command.seq(), Step.EXPIRED, expiredDetail(command));
            return;
        }
        if (command instanceof PlayCommand play) {
            acceptPlay(play, payload);
        } else if (command instanceof StopCommand stop) {
            acceptStop(stop);
        } else if (command instanceof RotateKeyCommand rotate) {
            acceptRotateKey(rotate);
        } else if (command instanceof ReportCommand report) {
            acceptReport(report);
        } else if (command instanceof CancelCommand cancel) {
            acceptCancel(cancel);
        }
    }

    /**
     * Seq, then the target: a play not received yet gets a durable {@link Step#WITHDRAWN} mark (a reordered cancel:
     * the play is refused when it comes); one that is waiting or playing is withdrawn by the runner; one that is
     * final, or not a play, is left alone. Then {@code received}, which is final for a cancel. A crash before that
     * means the broker redelivers the cancel; finding its target withdrawn or final, it does nothing more.
     */
    private void acceptCancel(final CancelCommand command) {
        final CommandId id = command.commandId();
        final CommandId target = command.targetCommandId();
        try {
            sequence.accept(command.seq(), id);
        } catch (IOException e) {
            recorder.recordFirst(id, command.seq(), Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            return;
        }
        final Optional<Step> last = journal.last(target).map(JournalEntry::step);
        final String outcome;
        if (last.isEmpty()) {
            recorder.record(target, Step.WITHDRAWN, recorder.now(), CommandRunner.withdrawnDetail(id));
            outcome = "target not received yet: it will never play";
        } else if (last.get().isFinal() || last.get() == Step.WITHDRAWN) {
            outcome = "target already " + last.get().wire() + ": nothing to do";
        } else {
            outcome = switch (runner.cancel(target, id)) {
                case WITHDRAWN -> "target withdrawn before it played";
                case STOPPING -> "target was playing: stopped";
                case NOT_RUNNING -> "target is not a pending play: nothing to do";
            };
        }
        LOG.info(() -> "commandId=" + id + " cancel seq=" + command.seq() + " target=" + target + ": " + outcome);
        recorder.recordFirst(id, command.seq(), Step.RECEIVED, null);
    }

    /**
     * A play that a cancel withdrew before it arrived (reordering, or a re-send after a lost one): its seq is used
     * up if the window admits it, and it is finished {@code canceled} at once, never stored, never played.
     */
    private void acceptWithdrawnPlay(final PlayCommand command, final JournalEntry mark) {
        final CommandId id = command.commandId();
        try {
            if (sequence.admits(command.seq(), id)) {
                sequence.accept(command.seq(), id);
            }
        } catch (IOException e) {
            LOG.warning(() -> "commandId=" + id + " seq of a withdrawn play not recorded: " + e);
        }
        LOG.info(() -> "commandId=" + id + " arrived after it was withdrawn: never played");
        recorder.record(id, command.seq(), Step.CANCELED, recorder.now(), mark.detail());
    }

    /**
     * Seq recorded, command stored, {@code received} journaled (each durable before the next), then run. A crash
     * after the seq lets the redelivered command through (the window knows its id); after the store,
     * {@link #recover()} finishes the job.
     */
    private void acceptPlay(final PlayCommand command, final byte[] payload) {
        final CommandId id = command.commandId();
        try {
            sequence.accept(command.seq(), id);
            pending.save(id, payload);
        } catch (IOException e) {
            recorder.recordFirst(id, command.seq(), Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            pending.delete(id);
            return;
        }
        LOG.info(() -> "commandId=" + id + " accepted seq=" + command.seq() + " broadcastId=" + command.broadcastId()
                + " playAt=" + command.playAt() + " expiresAt=" + command.expiresAt()
                + " priority=" + command.priority().wire() + " sha256=" + command.audio().sha256()
                + (command.slot() == null ? "" : " " + command.slot()));
        if (recorder.recordFirst(id, command.seq(), Step.RECEIVED, null)) {
            runner.run(command);
        }
    }

    /**
     * Silences the speaker before anything touches the disk (it is the kill switch), then records the seq and
     * {@code received}, which is final for a stop. A crash in between means the broker redelivers it: harmless.
     */
    private void acceptStop(final StopCommand command) {
        final CommandId id = command.commandId();
        final boolean stopped = runner.stop(id);
        LOG.info(() -> "commandId=" + id + " stop seq=" + command.seq()
                + (stopped ? ": playback stopped" : ": nothing was playing"));
        try {
            sequence.accept(command.seq(), id);
        } catch (IOException e) {
            recorder.recordFirst(id, command.seq(), Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            return;
        }
        recorder.recordFirst(id, command.seq(), Step.RECEIVED, null);
    }

    /** Seq, then {@code received}, then the digest is published (PROTOCOL.md 4.1c), including this command. */
    private void acceptReport(final ReportCommand command) {
        final CommandId id = command.commandId();
        try {
            sequence.accept(command.seq(), id);
        } catch (IOException e) {
            recorder.recordFirst(id, command.seq(), Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            return;
        }
        if (recorder.recordFirst(id, command.seq(), Step.RECEIVED, null)) {
            LOG.info(() -> "commandId=" + id + " report seq=" + command.seq() + ": publishing the digest");
            reportRequested.run();
        }
    }

    /** Seq, then the new key (durable), then {@code received}; see {@link #recover()} for a crash in between. */
    private void acceptRotateKey(final RotateKeyCommand command) {
        final CommandId id = command.commandId();
        try {
            sequence.accept(command.seq(), id);
            trust.replace(command.newKey(), id);
        } catch (IOException e) {
            recorder.recordFirst(id, command.seq(), Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            return;
        }
        recorder.recordFirst(id, command.seq(), Step.RECEIVED, null);
    }

    /**
     * After a restart: acks a key rotation that was stored but not journaled, and reschedules every stored command
     * that is not final. A command whose playback may have begun is never played again: it is reported failed.
     */
    void recover() {
        trust.rotatedBy().filter(id -> journal.last(id).isEmpty()).ifPresent(id -> {
            LOG.info(() -> "commandId=" + id + " key rotation was stored before a restart, acking it now");
            // the seq was recorded before the key: the window still knows it
            final OptionalLong seq = sequence.seqOf(id);
            recorder.recordFirst(id, seq.isPresent() ? seq.getAsLong() : null, Step.RECEIVED, null);
        });
        final Map<CommandId, byte[]> stored;
        try {
            stored = pending.all();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot list pending commands", e);
            return;
        }
        stored.forEach((id, payload) -> {
            try {
                recover(id, payload);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "commandId=" + id + " recovery failed", e);
            }
        });
    }

    /** The stored payload was verified before it was stored; it is not verified again (the key may have rotated). */
    private void recover(final CommandId id, final byte[] payload) {
        final PlayCommand command;
        try {
            if (!(CommandParser.parseStored(payload).command() instanceof PlayCommand play)) {
                throw new CommandRejectedException(DetailCode.UNKNOWN_TYPE, id, "only play commands are stored");
            }
            command = play;
        } catch (CommandRejectedException e) {
            LOG.warning(() -> "commandId=" + id + " stored command unreadable, dropped: " + e.detail());
            pending.delete(id);
            return;
        }
        final Optional<JournalEntry> lastEntry = journal.last(id);
        final Optional<Step> last = lastEntry.map(JournalEntry::step);
        if (last.isPresent() && last.get().isFinal()) {
            pending.delete(id);
            return;
        }
        if (last.isPresent() && last.get() == Step.WITHDRAWN) {
            // a cancel was journaled, its canceled was not: finish it now, never play
            recorder.record(id, Step.CANCELED, recorder.now(), lastEntry.get().detail());
            pending.delete(id);
            return;
        }
        if (last.isPresent() && last.get().isPlaybackBegun()) {
            recorder.record(id, Step.FAILED, recorder.now(),
                    DetailCode.PLAYBACK_INTERRUPTED.detail("the agent stopped during playback; not replayed"));
            pending.delete(id);
            return;
        }
        if (last.isEmpty()) {
            recorder.recordFirst(id, command.seq(), Step.RECEIVED, null);
        }
        if (command.isExpiredAt(recorder.now())) {
            recorder.record(id, Step.EXPIRED, recorder.now(), expiredDetail(command));
            pending.delete(id);
            return;
        }
        LOG.info(() -> "commandId=" + id + " rescheduled after restart, playAt=" + command.playAt());
        runner.run(command);
    }

    private static String expiredDetail(final Command command) {
        return DetailCode.EXPIRED.detail("expiresAt " + command.expiresAt() + " has passed");
    }
}
