package vn.loa.agent.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.Priority;

/** Every order of the queue's rules (PROTOCOL.md 8.1), without threads: what starts, what is cut, what expires. */
class PlayQueueTest {

    private static final Instant T = Instant.parse("2026-12-07T07:00:00Z");
    private long arrivals;

    @Test
    void decide_nothingWaits_nothingStartsAndNoWakeUp() {
        final Decision d = PlayQueue.decide(T, null, List.of());

        assertNull(d.start());
        assertFalse(d.preempt());
        assertNull(d.wakeAt());
        assertTrue(d.expire().isEmpty());
    }

    @Test
    void decide_freeSpeakerAndPlayDue_startsIt() {
        final QueueEntry routine = entry(Priority.ROUTINE, 0);

        final Decision d = PlayQueue.decide(T, null, List.of(routine));

        assertEquals(routine, d.start());
        assertFalse(d.preempt());
    }

    @Test
    void decide_playNotDueYet_nothingStartsAndWakesAtItsPlayAt() {
        final QueueEntry later = entry(Priority.EMERGENCY, 30);

        final Decision d = PlayQueue.decide(T, null, List.of(later));

        assertNull(d.start());
        assertEquals(T.plusSeconds(30), d.wakeAt());
    }

    @Test
    void decide_emergencyDueWhileRoutinePlays_preemptsIt() {
        final QueueEntry routine = entry(Priority.ROUTINE, -10);
        final QueueEntry emergency = entry(Priority.EMERGENCY, 0);

        final Decision d = PlayQueue.decide(T, routine, List.of(emergency));

        assertEquals(emergency, d.start());
        assertTrue(d.preempt());
    }

    @Test
    void decide_emergencyDueWhileImportantPlays_preemptsIt() {
        final QueueEntry important = entry(Priority.IMPORTANT, -10);
        final QueueEntry emergency = entry(Priority.EMERGENCY, 0);

        final Decision d = PlayQueue.decide(T, important, List.of(emergency));

        assertEquals(emergency, d.start());
        assertTrue(d.preempt());
    }

    @Test
    void decide_emergencyDueWhileAnotherEmergencyPlays_waitsBehindIt() {
        final QueueEntry first = entry(Priority.EMERGENCY, -10);
        final QueueEntry second = entry(Priority.EMERGENCY, 0);

        final Decision d = PlayQueue.decide(T, first, List.of(second));

        assertNull(d.start());
        assertFalse(d.preempt());
        assertEquals(second.expiresAt().plusNanos(1), d.wakeAt(), "woken in time to expire it, never dropped");
    }

    @Test
    void decide_emergencyNotDueYetWhileRoutinePlays_routineGoesOn() {
        final QueueEntry routine = entry(Priority.ROUTINE, -10);
        final QueueEntry emergency = entry(Priority.EMERGENCY, 5);

        final Decision d = PlayQueue.decide(T, routine, List.of(emergency));

        assertNull(d.start());
        assertEquals(T.plusSeconds(5), d.wakeAt(), "decides again on the emergency's playAt");
    }

    @Test
    void decide_importantDueWhileRoutinePlays_waitsForTheCurrentItem() {
        final QueueEntry routine = entry(Priority.ROUTINE, -10);
        final QueueEntry important = entry(Priority.IMPORTANT, 0);

        final Decision d = PlayQueue.decide(T, routine, List.of(important));

        assertNull(d.start());
        assertFalse(d.preempt());
    }

    @Test
    void decide_routineDueWhileEmergencyPlays_waits() {
        final QueueEntry emergency = entry(Priority.EMERGENCY, -10);
        final QueueEntry routine = entry(Priority.ROUTINE, 0);

        assertNull(PlayQueue.decide(T, emergency, List.of(routine)).start());
    }

    @Test
    void decide_importantAndEarlierQueuedRoutineBothDue_importantGoesFirst() {
        final QueueEntry routine = entry(Priority.ROUTINE, -20);
        final QueueEntry important = entry(Priority.IMPORTANT, -5);

        final Decision d = PlayQueue.decide(T, null, List.of(routine, important));

        assertEquals(important, d.start());
    }

    @Test
    void decide_emergencyImportantRoutineAllDue_emergencyFirst() {
        final QueueEntry routine = entry(Priority.ROUTINE, -20);
        final QueueEntry important = entry(Priority.IMPORTANT, -10);
        final QueueEntry emergency = entry(Priority.EMERGENCY, 0);

        assertEquals(emergency, PlayQueue.decide(T, null, List.of(routine, important, emergency)).start());
    }

    @Test
    void decide_samePriorityBothDue_earliestPlayAtFirst() {
        final QueueEntry later = entry(Priority.ROUTINE, -5);
        final QueueEntry earlier = entry(Priority.ROUTINE, -20);

        assertEquals(earlier, PlayQueue.decide(T, null, List.of(later, earlier)).start());
    }

    @Test
    void decide_samePriorityAndPlayAt_firstAcceptedFirst() {
        final QueueEntry first = entry(Priority.EMERGENCY, 0);
        final QueueEntry second = entry(Priority.EMERGENCY, 0);

        assertEquals(first, PlayQueue.decide(T, null, List.of(second, first)).start());
    }

    @Test
    void decide_preemptedRoutineAndLaterRoutineDueAfterTheEmergency_preemptedPlaysAgainFirst() {
        final QueueEntry preempted = entry(Priority.ROUTINE, -60);
        final QueueEntry next = entry(Priority.ROUTINE, -1);

        assertEquals(preempted, PlayQueue.decide(T, null, List.of(next, preempted)).start());
    }

    @Test
    void decide_preemptedRoutineAndImportantDueAfterTheEmergency_importantFirst() {
        final QueueEntry preempted = entry(Priority.ROUTINE, -60);
        final QueueEntry important = entry(Priority.IMPORTANT, -1);

        assertEquals(important, PlayQueue.decide(T, null, List.of(preempted, important)).start());
    }

    @Test
    void decide_secondEmergencyQueuedWhenTheFirstEnds_startsWithoutPreempting() {
        final QueueEntry second = entry(Priority.EMERGENCY, -3);
        final QueueEntry preempted = entry(Priority.ROUTINE, -60);

        final Decision d = PlayQueue.decide(T, null, List.of(preempted, second));

        assertEquals(second, d.start());
        assertFalse(d.preempt());
    }

    @Test
    void decide_waitingPlayPastItsExpiresAt_expiredNotStarted() {
        final QueueEntry stale = new QueueEntry(id(), Priority.ROUTINE, T.minusSeconds(60), T.minusMillis(1), 1);
        final QueueEntry fresh = entry(Priority.ROUTINE, 0);

        final Decision d = PlayQueue.decide(T, null, List.of(stale, fresh));

        assertEquals(List.of(stale), d.expire());
        assertEquals(fresh, d.start());
    }

    @Test
    void decide_expiresAtExactlyNow_stillValid() {
        final QueueEntry last = new QueueEntry(id(), Priority.ROUTINE, T.minusSeconds(60), T, 1);

        final Decision d = PlayQueue.decide(T, null, List.of(last));

        assertTrue(d.expire().isEmpty());
        assertEquals(last, d.start());
    }

    @Test
    void decide_expiredEmergency_neverPreempts() {
        final QueueEntry routine = entry(Priority.ROUTINE, -10);
        final QueueEntry stale = new QueueEntry(id(), Priority.EMERGENCY, T.minusSeconds(5), T.minusSeconds(1), 1);

        final Decision d = PlayQueue.decide(T, routine, List.of(stale));

        assertNull(d.start());
        assertEquals(List.of(stale), d.expire());
    }

    @Test
    void decide_preemptedPlayExpiresBehindTheEmergency_expiredThen() {
        final QueueEntry emergency = entry(Priority.EMERGENCY, -10);
        final QueueEntry preempted = new QueueEntry(id(), Priority.ROUTINE, T.minusSeconds(20), T.plusSeconds(5), 1);

        final Decision during = PlayQueue.decide(T, emergency, List.of(preempted));
        final Decision after = PlayQueue.decide(T.plusSeconds(6), null, List.of(preempted));

        assertTrue(during.expire().isEmpty());
        assertEquals(T.plusSeconds(5).plusNanos(1), during.wakeAt());
        assertEquals(List.of(preempted), after.expire());
        assertNull(after.start());
    }

    @Test
    void decide_wakeAt_isTheEarliestOfPlayAtsAndExpiries() {
        final QueueEntry playing = entry(Priority.ROUTINE, -30);
        final QueueEntry dueSoonExpiring = new QueueEntry(id(), Priority.ROUTINE, T.minusSeconds(1), T.plusSeconds(3),
                2);
        final QueueEntry later = entry(Priority.EMERGENCY, 2);

        assertEquals(T.plusSeconds(2), PlayQueue.decide(T, playing, List.of(dueSoonExpiring, later)).wakeAt());
    }

    private QueueEntry entry(final Priority priority, final long playAtSeconds) {
        return new QueueEntry(id(), priority, T.plusSeconds(playAtSeconds), T.plusSeconds(playAtSeconds + 600),
                ++arrivals);
    }

    private static CommandId id() {
        return CommandId.of(UUID.randomUUID().toString());
    }
}
