package vn.loa.agent.command;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.amplifier.Amplifier;
import vn.loa.agent.download.AudioCache;
import vn.loa.agent.download.DownloadException;
import vn.loa.agent.journal.Journal;
import vn.loa.agent.journal.JournalEntry;
import vn.loa.agent.journal.PendingCommands;
import vn.loa.agent.journal.Step;
import vn.loa.agent.playback.Playback;
import vn.loa.agent.playback.PlaybackEnd;
import vn.loa.agent.playback.PlaybackException;
import vn.loa.agent.playback.PlaybackListener;
import vn.loa.agent.playback.Player;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.PlayCommand;
import vn.loa.agent.queue.QueueEntry;
import vn.loa.agent.queue.Speaker;

/**
 * Takes an accepted command to a final state: download (retrying until playAt), a coarse wake-up
 * {@link #PREPARE_LEAD} before playAt, then {@link Player} (precise start, stoppable), the {@link Speaker} (the
 * playback queue, PROTOCOL.md section 8.1) deciding whose turn it is. A play an emergency breaks in on is acked
 * {@code preempted} and waits for its turn again, to play from its start. Tells the {@link Amplifier} what is due
 * (a preempted play stays due, so the amplifier stays on across the switch) and bounds the audio cache as commands
 * come and go. A {@link #cancel cancel} withdraws a command at any point of that way: before its download ends,
 * while it waits, or while it plays.
 */
final class CommandRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

    /** How long before playAt a playback is prepared (file opened, first frame decoded, sink opened). */
    static final Duration PREPARE_LEAD = Duration.ofSeconds(2);

    private final AudioCache cache;
    private final Player player;
    private final StateRecorder recorder;
    private final Journal journal;
    private final PendingCommands pending;
    private final Amplifier amplifier;
    private final Speaker speaker;
    /** Order of acceptance, for the queue's ties. */
    private final AtomicLong arrivals = new AtomicLong();
    /** The {@link Playback} of each command whose playback is under way, to cut it alone. */
    private final Map<CommandId, Playback> playbacks = new ConcurrentHashMap<>();
    /** Commands cut by an emergency, with the detail of their {@code preempted} ack, until their play returns. */
    private final Map<CommandId, String> preempted = new ConcurrentHashMap<>();
    /** SHA-256 of the audio of each command between {@link #run} and its final state: never evicted. */
    private final Map<CommandId, String> running = new ConcurrentHashMap<>();
    /** Latest expiresAt per SHA-256 of the commands seen since start, for {@link AudioCache#trim}. */
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    private final ExecutorService downloads = Executors.newFixedThreadPool(2, threads("loa-download"));
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(threads("loa-wake"));
    private final ExecutorService playThreads = Executors.newCachedThreadPool(threads("loa-play"));
    /** Records transitions reported by playback threads, so that an fsync never stalls the audio. */
    private final ExecutorService events = Executors.newSingleThreadExecutor(threads("loa-events"));
    /** The latest stop command, named in the detail of the playback it cancels. */
    private final AtomicReference<CommandId> lastStop = new AtomicReference<>();
    /**
     * Guards the moves a cancel races with: journaling {@code downloaded} and scheduling the wake-up, journaling
     * {@code starting}, and the cancel itself. Held for an fsync at most.
     */
    private final Object lifecycle = new Object();
    /** Commands withdrawn by a cancel command: the detail of their {@code canceled} ack. Kept (a few per cancel). */
    private final Map<CommandId, String> withdrawn = new ConcurrentHashMap<>();
    /** Commands whose {@code starting} is journaled: a cancel must stop their playback rather than skip it. */
    private final Set<CommandId> starting = ConcurrentHashMap.newKeySet();
    /** The pending wake-up of each downloaded command, cancelled with it. */
    private final Map<CommandId, ScheduledFuture<?>> wakeUpsById = new ConcurrentHashMap<>();

    CommandRunner(final AudioCache cache, final Player player, final StateRecorder recorder, final Journal journal,
            final PendingCommands pending, final Amplifier amplifier, final Speaker speaker) {
        this.amplifier = amplifier;
        this.speaker = speaker;
        this.cache = cache;
        this.player = player;
        this.recorder = recorder;
        this.journal = journal;
        this.pending = pending;
    }

    void run(final @NotNull PlayCommand command) {
        final String sha = command.audio().sha256();
        running.put(command.commandId(), sha);
        expiries.merge(sha, command.expiresAt(), (a, b) -> a.isAfter(b) ? a : b);
        final QueueEntry entry = QueueEntry.of(command, arrivals.incrementAndGet());
        downloads.execute(() -> download(command, entry));
    }

    /** Accepted commands that are not final yet. */
    int queued() {
        return running.size();
    }

    /** Bounds the audio cache; runs on {@link #events}, after the final states before it. */
    void trimCache() {
        events.execute(() -> cache.trim(sha -> running.containsValue(sha), expiries::get));
    }

    private void download(final PlayCommand command, final QueueEntry entry) {
        final CommandId id = command.commandId();
        try {
            final Path file = cache.fetch(command.audio(), command.playAt());
            synchronized (lifecycle) {
                if (withdrawn.containsKey(id)) {
                    LOG.info(() -> "commandId=" + id + " downloaded after it was withdrawn: not scheduled");
                    return;
                }
                final Step last = journal.last(id).map(JournalEntry::step).orElse(null);
                // preempted before a restart: downloaded long ago, it waits to play again
                final boolean alreadyAcked = last == Step.DOWNLOADED || last == Step.PREEMPTED;
                if (!alreadyAcked) {
                    recorder.record(id, Step.DOWNLOADED, recorder.now(), null);
                }
                amplifier.due(id, command.playAt());
                final long delayMs =
                        Duration.between(recorder.now(), command.playAt().minus(PREPARE_LEAD)).toMillis();
                wakeUpsById.put(id, wakeUps.schedule(() -> playThreads.execute(() -> play(command, entry, file)),
                        Math.max(0, delayMs), TimeUnit.MILLISECONDS));
            }
            trimCache();
        } catch (DownloadException e) {
            if (withdrawn.containsKey(id)) {
                LOG.info(() -> "commandId=" + id + " download ended after it was withdrawn: " + e.getMessage());
            } else if (e.kind() == DownloadException.Kind.CONTENT_MISMATCH) {
                finish(id, Step.REJECTED, recorder.now(), DetailCode.SHA256_MISMATCH.detail(e.getMessage()));
            } else {
                finish(id, Step.FAILED, recorder.now(), DetailCode.DOWNLOAD_FAILED.detail(e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info(() -> "commandId=" + id + " download stopped by shutdown, stays pending");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "commandId=" + id + " download crashed", e);
            finish(id, Step.FAILED, recorder.now(), DetailCode.DOWNLOAD_FAILED.detail(e.toString()));
        }
    }

    /**
     * Silences the playback in progress at once (PROTOCOL.md section 4.1a); its command is then finished
     * {@code canceled} naming {@code stopCommand}. Commands still waiting for their playAt are not touched.
     *
     * @return true if a playback was in progress
     */
    boolean stop(final @NotNull CommandId stopCommand) {
        lastStop.set(stopCommand);
        return player.stop();
    }

    /** What a cancel did to its target (PROTOCOL.md section 4.1d). */
    enum Cancellation {
        /** Not started yet: dropped from the schedule and finished {@code canceled}. */
        WITHDRAWN,
        /** Its playback had begun: it is being stopped, and finishes {@code canceled} when the audio stops. */
        STOPPING,
        /** Not accepted by this run, or already final: nothing to do. */
        NOT_RUNNING
    }

    /**
     * Withdraws the accepted command {@code target}: the {@link Step#WITHDRAWN} mark is journaled first (so that a
     * restart never plays it), then a waiting command is finished {@code canceled} at once and a playing one is
     * stopped like by a stop command. The {@code canceled} ack names {@code cancelCommand}.
     */
    Cancellation cancel(final @NotNull CommandId target, final @NotNull CommandId cancelCommand) {
        final String detail = withdrawnDetail(cancelCommand);
        final boolean begun;
        synchronized (lifecycle) {
            if (!running.containsKey(target) || withdrawn.containsKey(target)) {
                return Cancellation.NOT_RUNNING;
            }
            recorder.record(target, Step.WITHDRAWN, recorder.now(), detail);
            withdrawn.put(target, detail);
            begun = starting.contains(target);
            final ScheduledFuture<?> wakeUp = wakeUpsById.remove(target);
            if (wakeUp != null) {
                wakeUp.cancel(false);
            }
        }
        if (begun) {
            // its turn was granted: its audio plays or is about to (Playback.begin then refuses to write)
            final Playback playback = playbacks.get(target);
            if (playback != null) {
                playback.cut();
            }
            return Cancellation.STOPPING;
        }
        // waiting in the queue (its first turn, or again after a preemption): its gone test now says so
        speaker.wake();
        finish(target, Step.CANCELED, recorder.now(), detail);
        return Cancellation.WITHDRAWN;
    }

    static @NotNull String withdrawnDetail(final @NotNull CommandId cancelCommand) {
        return DetailCode.WITHDRAWN.detail("cancel command " + cancelCommand);
    }

    /**
     * Plays the command when its turn comes, again from its start each time an emergency cuts it, until it ends
     * (played, canceled, expired, failed) or the agent shuts down.
     */
    private void play(final PlayCommand command, final QueueEntry entry, final Path file) {
        final CommandId id = command.commandId();
        wakeUpsById.remove(id);
        if (withdrawn.containsKey(id)) {
            return;
        }
        try {
            PlaybackEnd end;
            do {
                final Playback playback = new Playback();
                playbacks.put(id, playback);
                try {
                    end = player.play(file, command.playAt(), new Listener(command, entry, playback), playback);
                } finally {
                    playbacks.remove(id);
                    speaker.release(entry);
                }
            } while (end.kind() == PlaybackEnd.Kind.STOPPED && wasPreempted(id, end.at()));
            // an emergency that came as it ended on its own: nothing was cut
            preempted.remove(id);
            final String withdrawal = withdrawn.get(id);
            final PlaybackEnd last = end;
            switch (end.kind()) {
                case FINISHED -> finish(id, Step.PLAYED, end.at(), null);
                case STOPPED -> finish(id, Step.CANCELED, end.at(), withdrawal != null ? withdrawal
                        : DetailCode.STOPPED.detail("stop command " + lastStop.get()));
                case SKIPPED -> LOG.fine(() -> "commandId=" + id + " skipped at " + last.at());
            }
        } catch (PlaybackException e) {
            finish(id, Step.FAILED, recorder.now(), DetailCode.PLAYBACK_FAILED.detail(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info(() -> "commandId=" + id + " playback stopped by shutdown");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "commandId=" + id + " playback crashed", e);
            finish(id, Step.FAILED, recorder.now(), DetailCode.PLAYBACK_FAILED.detail(e.toString()));
        }
    }

    /**
     * A play that stopped because an emergency cut it (and not also a stop or cancel): recorded {@code preempted},
     * back to waiting. The {@code starting} mark is dropped so that a cancel while it waits withdraws it.
     */
    private boolean wasPreempted(final CommandId id, final Instant at) throws InterruptedException {
        final String detail = preempted.remove(id);
        if (detail == null || withdrawn.containsKey(id)) {
            return false;
        }
        synchronized (lifecycle) {
            starting.remove(id);
        }
        // after its playing (queued on the same thread), and journaled before its next starting: a restart then
        // finds the step that is really the last
        try {
            events.submit(() -> recorder.record(id, Step.PREEMPTED, at, detail)).get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "commandId=" + id + " preempted not recorded", e.getCause());
        }
        return true;
    }

    /** Cuts the play {@code victim} for the emergency {@code by}, at the emergency's start instant. */
    private void preempt(final QueueEntry victim, final QueueEntry by) {
        final Playback playback = playbacks.get(victim.commandId());
        if (playback == null) {
            return;
        }
        preempted.put(victim.commandId(), DetailCode.PREEMPTED.detail(
                "emergency command " + by.commandId() + " broke in; plays again from its start"));
        if (playback.cut() || playback.isCut()) {
            LOG.info(() -> "commandId=" + victim.commandId() + " cut by emergency commandId=" + by.commandId());
        }
    }

    /**
     * Records a final step and forgets the pending command; runs on {@link #events}, after any earlier step. A
     * command that is already final (a race between a cancel and the end of a download) keeps its first end.
     */
    private void finish(final CommandId id, final Step step, final Instant at, final String detail) {
        events.execute(() -> {
            if (journal.last(id).map(e -> e.step().isFinal()).orElse(false)) {
                LOG.info(() -> "commandId=" + id + " already final, " + step.wire() + " not recorded");
                return;
            }
            recorder.record(id, step, at, detail);
            pending.delete(id);
            running.remove(id);
            starting.remove(id);
            amplifier.done(id);
        });
        trimCache();
    }

    /** Stops downloads and waits, interrupts waiting and running playbacks, then flushes the recorded events. */
    @Override
    public void close() {
        wakeUps.shutdownNow();
        downloads.shutdownNow();
        playThreads.shutdownNow();
        awaitQuietly(downloads);
        awaitQuietly(playThreads);
        events.shutdown();
        awaitQuietly(events);
    }

    private static void awaitQuietly(final ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("executor did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(final String name) {
        final AtomicInteger count = new AtomicInteger();
        return runnable -> {
            final Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Waits for the play's turn in the {@link Speaker}, journals {@code starting} durably before audio, cuts the
     * play an emergency breaks in on at its start instant, reports {@code playing} off the audio thread.
     */
    private final class Listener implements PlaybackListener {

        private final PlayCommand command;
        private final QueueEntry entry;
        private final Playback playback;
        private QueueEntry cut;

        Listener(final PlayCommand command, final QueueEntry entry, final Playback playback) {
            this.command = command;
            this.entry = entry;
            this.playback = playback;
        }

        @Override
        public boolean mayStart() throws InterruptedException {
            final CommandId id = command.commandId();
            final Speaker.Turn turn = speaker.await(entry, () -> withdrawn.containsKey(id));
            switch (turn.outcome()) {
                case GONE:
                    return false;
                case REFUSED:
                    finish(id, Step.FAILED, recorder.now(), turn.refusal().detail());
                    return false;
                case EXPIRED:
                    final Instant at = recorder.now();
                    finish(id, Step.EXPIRED, at, DetailCode.EXPIRED.detail("expiresAt " + command.expiresAt()
                            + " has passed" + (preempted(id) ? " while it waited after a preemption" : "")));
                    return false;
                default:
                    break;
            }
            synchronized (lifecycle) {
                if (withdrawn.containsKey(id)) {
                    speaker.release(entry);
                    return false;
                }
                final Instant now = recorder.now();
                if (command.isExpiredAt(now)) {
                    speaker.release(entry);
                    finish(id, Step.EXPIRED, now,
                            DetailCode.EXPIRED.detail("expiresAt " + command.expiresAt() + " has passed"));
                    return false;
                }
                recorder.record(id, Step.STARTING, now, null);
                starting.add(id);
            }
            cut = turn.cut();
            return true;
        }

        @Override
        public void startInstant() {
            if (cut != null) {
                preempt(cut, entry);
            }
        }

        @Override
        public void started(final @NotNull Instant at) {
            events.execute(() -> recorder.record(command.commandId(), Step.PLAYING, at, null));
            if (cut != null) {
                final long delayMs = Duration.between(command.playAt(), at).toMillis();
                LOG.info(() -> "commandId=" + command.commandId() + " interruption delay " + delayMs
                        + " ms (playAt to the first sample, cut commandId=" + cut.commandId() + ")");
            }
            if (withdrawn.containsKey(command.commandId())) {
                // withdrawn between mayStart and the first write: the cancel found no audio to cut yet
                playback.cut();
            }
        }
    }

    /** The journal's last step of {@code id} is {@code preempted}. */
    private boolean preempted(final CommandId id) {
        return journal.last(id).map(e -> e.step() == Step.PREEMPTED).orElse(false);
    }
}
