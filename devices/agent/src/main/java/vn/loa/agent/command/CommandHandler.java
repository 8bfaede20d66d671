package vn.loa.agent.command;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.Step;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.protocol.ReceiverId;

/**
 * Intake of the command topic (PROTOCOL.md, "Receiver rules"): validate, de-duplicate by commandId, reject or
 * expire, else persist and hand to the {@link CommandRunner}. Not thread-safe: call from one thread.
 */
final class CommandHandler {

    private static final Logger LOG = Logger.getLogger(CommandHandler.class.getName());

    private final ReceiverId self;
    private final Journal journal;
    private final PendingCommands pending;
    private final StateRecorder recorder;
    private final CommandRunner runner;

    CommandHandler(final ReceiverId self, final Journal journal, final PendingCommands pending,
            final StateRecorder recorder, final CommandRunner runner) {
        this.self = self;
        this.journal = journal;
        this.pending = pending;
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

    private void handle(final byte[] payload) {
        final PlayCommand command;
        try {
            command = CommandParser.parse(payload);
            if (!command.receiverId().equals(self)) {
                throw new CommandRejectedException(DetailCode.WRONG_RECEIVER, command.commandId(),
                        "command is for " + command.receiverId() + ", this receiver is " + self);
            }
        } catch (CommandRejectedException e) {
            LOG.warning(() -> "commandId=" + e.commandId() + " rejected: " + e.detail());
            if (e.commandId() != null) {
                recorder.recordFirst(e.commandId(), Step.REJECTED, e.detail());
            }
            return;
        }
        accept(command, payload);
    }

    private void accept(final PlayCommand command, final byte[] payload) {
        final CommandId id = command.commandId();
        if (journal.last(id).isPresent()) {
            recorder.resendLast(id);
            return;
        }
        if (command.isExpiredAt(recorder.now())) {
            recorder.recordFirst(id, Step.EXPIRED, "expired: expiresAt " + command.expiresAt() + " has passed");
            return;
        }
        try {
            pending.save(id, payload);
        } catch (IOException e) {
            recorder.recordFirst(id, Step.FAILED, DetailCode.STORAGE_FAILED.detail(e.toString()));
            return;
        }
        LOG.info(() -> "commandId=" + id + " accepted broadcastId=" + command.broadcastId() + " playAt="
                + command.playAt() + " expiresAt=" + command.expiresAt() + " priority=" + command.priority().wire()
                + " sha256=" + command.audio().sha256());
        if (recorder.recordFirst(id, Step.RECEIVED, null)) {
            runner.run(command);
        }
    }

    /**
     * After a restart: reschedules every stored command that is not final. A command whose playback may have begun
     * is never played again: it is reported failed.
     */
    void recover() {
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

    private void recover(final CommandId id, final byte[] payload) {
        final PlayCommand command;
        try {
            command = CommandParser.parse(payload);
        } catch (CommandRejectedException e) {
            LOG.warning(() -> "commandId=" + id + " stored command unreadable, dropped: " + e.detail());
            pending.delete(id);
            return;
        }
        final Optional<Step> last = journal.last(id).map(JournalEntry::step);
        if (last.isPresent() && last.get().isFinal()) {
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
            recorder.recordFirst(id, Step.RECEIVED, null);
        }
        if (command.isExpiredAt(recorder.now())) {
            recorder.record(id, Step.EXPIRED, recorder.now(), "expired: expiresAt " + command.expiresAt() + " has passed");
            pending.delete(id);
            return;
        }
        LOG.info(() -> "commandId=" + id + " rescheduled after restart, playAt=" + command.playAt());
        runner.run(command);
    }
}
