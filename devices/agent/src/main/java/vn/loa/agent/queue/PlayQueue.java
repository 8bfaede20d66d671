package vn.loa.agent.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.Priority;
import vn.loa.agent.protocol.QuietHours;

/**
 * The one rule of what plays next on a receiver (PROTOCOL.md section 8.1), a pure function of the time, the play in
 * progress and the waiting plays, so that later rules (programme slots, quiet hours, battery reserve...) plug in
 * here and are tested without threads or audio:
 * <ol>
 * <li>a waiting play whose expiresAt has passed is expired, never started;</li>
 * <li>a due {@code emergency} cuts a {@code routine} or {@code important} play in progress (preemption); an
 * emergency never cuts another emergency, the second one waits behind it;</li>
 * <li>otherwise nothing starts while a play is in progress ({@code important} waits for the current item);</li>
 * <li>when the speaker is free, the due play of highest priority starts, then the earliest playAt, then the first
 * accepted; so an {@code important} play goes before routine ones queued earlier, and a play cut by an emergency
 * (its playAt long past) goes first among those of its priority.</li>
 * </ol>
 * Two gates hold back due plays before rules 2 to 4 look at them (PROTOCOL.md 8.1, rules 7 and 8); a held-back play
 * is refused, never started, whether the speaker is free or not:
 * <ul>
 * <li><b>quiet hours</b>: a {@code routine} or {@code important} play due while {@code now}, read at the window's
 * offset, lies inside the quiet hours its command carries ({@link DetailCode#QUIET_HOURS});</li>
 * <li><b>battery reserve</b>: a {@code routine} play due while the receiver runs on its reserve
 * ({@link Gates#onReserve()}, {@link DetailCode#BATTERY_RESERVE}).</li>
 * </ul>
 * An {@code emergency} passes both; nothing already playing is cut by a gate.
 */
public final class PlayQueue {

    /** Highest priority first, then earliest playAt, then first accepted. */
    static final Comparator<QueueEntry> ORDER = Comparator.comparing(QueueEntry::priority).reversed()
            .thenComparing(QueueEntry::playAt)
            .thenComparingLong(QueueEntry::arrival);

    private PlayQueue() {
    }

    /**
     * @param now     the instant the decision is for
     * @param current the play holding the speaker, or null
     * @param waiting the plays waiting for their turn (not {@code current})
     */
    public static @NotNull Decision decide(final @NotNull Instant now, final @Nullable QueueEntry current,
            final @NotNull Collection<QueueEntry> waiting) {
        return decide(now, current, waiting, Gates.NONE);
    }

    /**
     * @param now     the instant the decision is for (the receiver's own clock)
     * @param current the play holding the speaker, or null
     * @param waiting the plays waiting for their turn (not {@code current})
     * @param gates   the receiver's power reading and battery reserve
     */
    public static @NotNull Decision decide(final @NotNull Instant now, final @Nullable QueueEntry current,
            final @NotNull Collection<QueueEntry> waiting, final @NotNull Gates gates) {
        final List<QueueEntry> expire = new ArrayList<>();
        final List<Decision.Refusal> refuse = new ArrayList<>();
        final List<QueueEntry> due = new ArrayList<>();
        Instant wakeAt = null;
        for (final QueueEntry entry : waiting) {
            if (entry.isExpiredAt(now)) {
                expire.add(entry);
            } else if (entry.isDueAt(now)) {
                final Decision.Refusal refusal = gate(now, entry, gates);
                if (refusal != null) {
                    refuse.add(refusal);
                    continue;
                }
                due.add(entry);
                // still waiting: it may expire behind the current play
                wakeAt = earliest(wakeAt, entry.expiresAt().plusNanos(1));
            } else {
                wakeAt = earliest(wakeAt, entry.playAt());
            }
        }
        due.sort(ORDER);
        QueueEntry start = null;
        boolean preempt = false;
        if (!due.isEmpty()) {
            final QueueEntry best = due.get(0);
            if (current == null) {
                start = best;
            } else if (best.isEmergency() && !current.isEmergency()) {
                start = best;
                preempt = true;
            }
        }
        return new Decision(expire, refuse, start, preempt, wakeAt);
    }

    /** The gate that holds {@code entry} back at {@code now}, or null: quiet hours first, then the reserve. */
    static @Nullable Decision.Refusal gate(final @NotNull Instant now, final @NotNull QueueEntry entry,
            final @NotNull Gates gates) {
        if (entry.isEmergency()) {
            return null;
        }
        final QuietHours quiet = entry.quietHours();
        if (quiet != null && quiet.contains(now)) {
            return new Decision.Refusal(entry, DetailCode.QUIET_HOURS, entry.priority().wire() + " play due at "
                    + now.atOffset(quiet.utcOffset()).toLocalTime().withNano(0) + " inside quiet hours " + quiet);
        }
        if (entry.priority() == Priority.ROUTINE && gates.onReserve()) {
            return new Decision.Refusal(entry, DetailCode.BATTERY_RESERVE,
                    "routine play skipped on the battery reserve: " + gates.describe());
        }
        return null;
    }

    private static Instant earliest(final @Nullable Instant a, final @NotNull Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
