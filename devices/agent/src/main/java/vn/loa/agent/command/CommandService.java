package vn.loa.agent.command;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.amplifier.Amplifier;
import vn.loa.agent.download.AudioCache;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.SequenceWindow;
import vn.loa.agent.playback.Player;
import vn.loa.agent.queue.Gates;
import vn.loa.agent.queue.Speaker;
import vn.loa.agent.protocol.Digest;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.ReceiverId;
import vn.loa.agent.trust.TrustStore;

/**
 * The command feature as the rest of the agent sees it: payloads in, acks out through an {@link AckOutbox}, the
 * digest and the command figures of the heartbeat on request.
 */
public final class CommandService implements AutoCloseable {

    private final CommandHandler handler;
    private final CommandRunner runner;
    private final Digests digests;

    /**
     * @param reportRequested called (on the intake thread) after a {@code report} command was acked; it should
     *                        publish {@link #digest()} without blocking
     */
    public CommandService(final @NotNull ReceiverId self, final @NotNull Journal journal,
            final @NotNull PendingCommands pending, final @NotNull SequenceWindow sequence,
            final @NotNull TrustStore trust, final @NotNull AudioCache cache, final @NotNull Player player,
            final @NotNull AckOutbox outbox, final @NotNull Clock clock, final @NotNull Amplifier amplifier,
            final @NotNull Runnable reportRequested) {
        this(self, journal, pending, sequence, trust, cache, player, outbox, clock, amplifier, reportRequested,
                () -> Gates.NONE);
    }

    /** @param gates the power reading and battery reserve the playback queue asks at each decision */
    public CommandService(final @NotNull ReceiverId self, final @NotNull Journal journal,
            final @NotNull PendingCommands pending, final @NotNull SequenceWindow sequence,
            final @NotNull TrustStore trust, final @NotNull AudioCache cache, final @NotNull Player player,
            final @NotNull AckOutbox outbox, final @NotNull Clock clock, final @NotNull Amplifier amplifier,
            final @NotNull Runnable reportRequested, final @NotNull Supplier<Gates> gates) {
        final StateRecorder recorder = new StateRecorder(self, journal, outbox, clock);
        this.runner = new CommandRunner(cache, player, recorder, journal, pending, amplifier,
                new Speaker(clock, Player.ARM_LEAD, gates));
        this.handler = new CommandHandler(self, journal, pending, sequence, trust, recorder, runner, reportRequested);
        this.digests = new Digests(self, journal, pending, sequence, clock);
    }

    /** One payload of the command topic; never throws. Call from a single thread. */
    public void onMessage(final byte @NotNull [] payload) {
        handler.onMessage(payload);
    }

    /**
     * Acks a stored key rotation, reschedules the commands stored by an earlier run and bounds the audio cache.
     * Call once, first.
     */
    public void recover() {
        handler.recover();
        runner.trimCache();
    }

    /** The journal digest of PROTOCOL.md 4.6, made now. Any thread. */
    public @NotNull Digest digest() {
        return digests.build();
    }

    /** Commands accepted and not yet final (heartbeat {@code queuedCommands}). Any thread. */
    public int queuedCommands() {
        return runner.queued();
    }

    /** The last command received (heartbeat {@code lastCommand}), empty before the first. Any thread. */
    public @NotNull Optional<Health.LastCommand> lastCommand() {
        return handler.lastCommand();
    }

    @Override
    public void close() {
        runner.close();
    }
}
