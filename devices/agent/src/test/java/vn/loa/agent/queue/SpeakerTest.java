package vn.loa.agent.queue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.Priority;

/** The queue with real threads: turns are handed out in {@link PlayQueue}'s order, never two at once. */
class SpeakerTest {

    private final Clock clock = Clock.systemUTC();
    private final Speaker speaker = new Speaker(clock, Duration.ofMillis(50));
    private final List<CommandId> granted = new CopyOnWriteArrayList<>();
    private long arrivals;

    @Test
    void await_freeSpeaker_grantedWithNothingToCut() throws Exception {
        final QueueEntry routine = entry(Priority.ROUTINE, Instant.now());

        final Speaker.Turn turn = speaker.await(routine, () -> false);

        assertEquals(Speaker.Outcome.GRANTED, turn.outcome());
        assertNull(turn.cut());
        assertEquals(routine, speaker.current());
    }

    @Test
    void await_emergencyWhileRoutineHoldsTheSpeaker_grantedAndNamesTheRoutineToCut() throws Exception {
        final QueueEntry routine = entry(Priority.ROUTINE, Instant.now());
        speaker.await(routine, () -> false);
        final QueueEntry emergency = entry(Priority.EMERGENCY, Instant.now().plusMillis(200));

        final Speaker.Turn turn = speaker.await(emergency, () -> false);

        assertEquals(routine, turn.cut());
        assertEquals(emergency, speaker.current());
        assertFalse(clock.instant().isBefore(emergency.playAt().minusMillis(50)), "granted before its playAt");
    }

    @Test
    void await_secondEmergencyWhileOnePlays_waitsForTheReleaseThenGrantedWithoutCut() throws Exception {
        final QueueEntry first = entry(Priority.EMERGENCY, Instant.now());
        speaker.await(first, () -> false);
        final QueueEntry second = entry(Priority.EMERGENCY, Instant.now());
        final CompletableFuture<Speaker.Turn> turn = CompletableFuture.supplyAsync(() -> awaitOrThrow(second));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !turn.isDone());

        speaker.release(first);

        assertEquals(Speaker.Outcome.GRANTED, turn.get().outcome());
        assertNull(turn.get().cut());
    }

    @Test
    void release_withRoutineAndImportantWaiting_importantGetsTheTurnFirst() throws Exception {
        final QueueEntry playing = entry(Priority.ROUTINE, Instant.now());
        speaker.await(playing, () -> false);
        final QueueEntry routine = entry(Priority.ROUTINE, Instant.now().minusSeconds(5));
        final QueueEntry important = entry(Priority.IMPORTANT, Instant.now());
        final CompletableFuture<Void> a = CompletableFuture.runAsync(() -> playAndRelease(routine));
        final CompletableFuture<Void> b = CompletableFuture.runAsync(() -> playAndRelease(important));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(granted::isEmpty);

        speaker.release(playing);

        CompletableFuture.allOf(a, b).get();
        assertEquals(List.of(important.commandId(), routine.commandId()), granted);
    }

    @Test
    void await_expiresWhileWaiting_expired() throws Exception {
        speaker.await(entry(Priority.EMERGENCY, Instant.now()), () -> false);
        final Instant now = Instant.now();
        final QueueEntry shortLived = new QueueEntry(id(), Priority.ROUTINE, now, now.plusMillis(300), ++arrivals);

        assertEquals(Speaker.Outcome.EXPIRED, speaker.await(shortLived, () -> false).outcome());
    }

    @Test
    void wake_goneWhileWaiting_returnsGone() throws Exception {
        speaker.await(entry(Priority.EMERGENCY, Instant.now()), () -> false);
        final AtomicBoolean gone = new AtomicBoolean();
        final QueueEntry waiting = entry(Priority.ROUTINE, Instant.now());
        final CompletableFuture<Speaker.Turn> turn = CompletableFuture.supplyAsync(() -> {
            try {
                return speaker.await(waiting, gone::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        gone.set(true);
        speaker.wake();

        assertEquals(Speaker.Outcome.GONE, turn.get().outcome());
    }

    private void playAndRelease(final QueueEntry entry) {
        awaitOrThrow(entry);
        granted.add(entry.commandId());
        speaker.release(entry);
    }

    private Speaker.Turn awaitOrThrow(final QueueEntry entry) {
        try {
            return speaker.await(entry, () -> false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private QueueEntry entry(final Priority priority, final Instant playAt) {
        return new QueueEntry(id(), priority, playAt, playAt.plusSeconds(600), ++arrivals);
    }

    private static CommandId id() {
        return CommandId.of(UUID.randomUUID().toString());
    }
}
