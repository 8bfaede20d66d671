package vn.loa.agent.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.CommandId;

/**
 * The receiver's one playback queue at run time: each play's thread {@link #await awaits its turn} here and
 * {@link #release releases} the speaker when its audio ends; who goes next is {@link PlayQueue#decide}'s answer,
 * asked {@code lookahead} ahead so that a granted play can still start on its exact playAt. Thread-safe.
 */
public final class Speaker {

    private static final Logger LOG = Logger.getLogger(Speaker.class.getName());

    private final Clock clock;
    private final Duration lookahead;
    private final Supplier<Gates> gates;
    /** Touched only under {@code this}. */
    private @Nullable QueueEntry current;
    private final Map<CommandId, QueueEntry> waiting = new LinkedHashMap<>();

    /**
     * @param lookahead how far ahead of the clock a turn is decided (a granted play still waits for its playAt)
     */
    public Speaker(final @NotNull Clock clock, final @NotNull Duration lookahead) {
        this(clock, lookahead, () -> Gates.NONE);
    }

    /** @param gates the receiver's power reading and reserve, asked at each decision (any thread, must not block) */
    public Speaker(final @NotNull Clock clock, final @NotNull Duration lookahead,
            final @NotNull Supplier<Gates> gates) {
        this.clock = clock;
        this.lookahead = lookahead;
        this.gates = gates;
    }

    /** How an {@link #await} ended. */
    public enum Outcome {
        /** The speaker is this play's: start it (after cutting {@link Turn#cut()} if any). */
        GRANTED,
        /** Its expiresAt passed while it waited: finish it {@code expired}. */
        EXPIRED,
        /** The caller's {@code gone} test said so (a cancel withdrew it). */
        GONE,
        /** A gate held it back (quiet hours, battery reserve): finish it {@code failed} with {@link Turn#refusal()}. */
        REFUSED
    }

    /**
     * @param cut     the play in progress that this one breaks in on (acked {@code preempted}), null if none
     * @param refusal why a {@link Outcome#REFUSED} play is held back, null otherwise
     */
    public record Turn(@NotNull Outcome outcome, @Nullable QueueEntry cut, @Nullable Decision.Refusal refusal) {

        public Turn {
            Objects.requireNonNull(outcome, "outcome");
        }

        public Turn(final @NotNull Outcome outcome, final @Nullable QueueEntry cut) {
            this(outcome, cut, null);
        }
    }

    /**
     * Blocks until {@code entry} may start, expires, or {@code gone} becomes true (checked on every
     * {@link #wake()}). A granted entry holds the speaker until {@link #release}.
     *
     * @throws InterruptedException on shutdown; the entry no longer waits
     */
    public synchronized @NotNull Turn await(final @NotNull QueueEntry entry, final @NotNull BooleanSupplier gone)
            throws InterruptedException {
        waiting.put(entry.commandId(), entry);
        try {
            while (true) {
                if (gone.getAsBoolean()) {
                    return new Turn(Outcome.GONE, null);
                }
                final Instant at = clock.instant().plus(lookahead);
                final Decision decision = PlayQueue.decide(at, current, waiting.values(), gates.get());
                if (decision.expire().contains(entry)) {
                    return new Turn(Outcome.EXPIRED, null);
                }
                final Decision.Refusal refusal = decision.refusalOf(entry);
                if (refusal != null) {
                    LOG.info(() -> "commandId=" + entry.commandId() + " refused: " + refusal.detail());
                    return new Turn(Outcome.REFUSED, null, refusal);
                }
                if (entry.equals(decision.start())) {
                    final QueueEntry cut = decision.preempt() ? current : null;
                    current = entry;
                    if (cut != null) {
                        LOG.info(() -> "commandId=" + entry.commandId() + " " + entry.priority().wire()
                                + " breaks in on commandId=" + cut.commandId() + " (" + cut.priority().wire() + ")");
                    }
                    return new Turn(Outcome.GRANTED, cut);
                }
                if (!decision.expire().isEmpty() || !decision.refuse().isEmpty() || decision.start() != null) {
                    // another waiting thread has something to do now
                    notifyAll();
                }
                final Instant wakeAt = decision.wakeAt();
                if (wakeAt == null) {
                    wait();
                } else {
                    final long ms = Duration.between(at, wakeAt).toMillis();
                    wait(Math.max(1, ms));
                }
            }
        } finally {
            waiting.remove(entry.commandId());
        }
    }

    /** The play of {@code entry} ended (or never began after its grant): the next one may go. No-op otherwise. */
    public synchronized void release(final @NotNull QueueEntry entry) {
        if (entry.equals(current)) {
            current = null;
            notifyAll();
        }
    }

    /** Re-checks every waiting play now (after a cancel, for its {@code gone} test). */
    public synchronized void wake() {
        notifyAll();
    }

    /** The play holding the speaker, if any. */
    public synchronized @Nullable QueueEntry current() {
        return current;
    }
}
