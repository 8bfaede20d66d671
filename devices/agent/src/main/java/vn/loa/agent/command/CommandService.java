package vn.loa.agent.command;

import java.time.Clock;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.download.AudioCache;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.playback.Player;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.trust.TrustStore;

/** The command feature as the rest of the agent sees it: payloads in, acks out through an {@link AckOutbox}. */
public final class CommandService implements AutoCloseable {

    private final CommandHandler handler;
    private final CommandRunner runner;

    public CommandService(final @NotNull ReceiverId self, final @NotNull Journal journal,
            final @NotNull PendingCommands pending, final @NotNull SequenceWindow sequence,
            final @NotNull TrustStore trust, final @NotNull AudioCache cache, final @NotNull Player player,
            final @NotNull AckOutbox outbox, final @NotNull Clock clock) {
        final StateRecorder recorder = new StateRecorder(self, journal, outbox, clock);
        this.runner = new CommandRunner(cache, player, recorder, journal, pending);
        this.handler = new CommandHandler(self, journal, pending, sequence, trust, recorder, runner);
    }

    /** One payload of the command topic; never throws. Call from a single thread. */
    public void onMessage(final byte @NotNull [] payload) {
        handler.onMessage(payload);
    }

    /** Acks a stored key rotation and reschedules the commands stored by an earlier run. Call once, first. */
    public void recover() {
        handler.recover();
    }

    @Override
    public void close() {
        runner.close();
    }
}
