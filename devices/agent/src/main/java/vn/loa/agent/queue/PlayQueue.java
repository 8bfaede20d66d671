package vn.loa.agent.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

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
        final List<QueueEntry> expire = new ArrayList<>();
        final List<QueueEntry> due = new ArrayList<>();
        Instant wakeAt = null;
        for (final QueueEntry entry : waiting) {
            if (entry.isExpiredAt(now)) {
                expire.add(entry);
            } else if (entry.isDueAt(now)) {
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
        return new Decision(expire, start, preempt, wakeAt);
    }

    private static Instant earliest(final @Nullable Instant a, final @NotNull Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
