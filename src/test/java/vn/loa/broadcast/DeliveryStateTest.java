package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryStateTest {

    private static final Instant T0 = Instant.parse("2026-12-06T06:30:00Z");

    @Test
    void canMoveTo_forwardSteps_areAllowed() {
        assertTrue(DeliveryState.QUEUED.canMoveTo(DeliveryState.SENT));
        assertTrue(DeliveryState.SENT.canMoveTo(DeliveryState.RECEIVED));
        assertTrue(DeliveryState.SENT.canMoveTo(DeliveryState.PLAYED)); // a lost intermediate ack is no obstacle
        assertTrue(DeliveryState.DELIVERED.canMoveTo(DeliveryState.PLAYING));
        assertTrue(DeliveryState.PLAYING.canMoveTo(DeliveryState.FAILED));
    }

    @Test
    void canMoveTo_backwards_isRefused() {
        assertFalse(DeliveryState.PLAYING.canMoveTo(DeliveryState.DELIVERED));
        assertFalse(DeliveryState.DELIVERED.canMoveTo(DeliveryState.RECEIVED));
        assertFalse(DeliveryState.RECEIVED.canMoveTo(DeliveryState.RECEIVED));
    }

    @Test
    void canMoveTo_preemption_movesBetweenPlayingAndPreemptedBothWays() {
        assertTrue(DeliveryState.PLAYING.canMoveTo(DeliveryState.PREEMPTED));
        assertTrue(DeliveryState.PREEMPTED.canMoveTo(DeliveryState.PLAYING));
        assertTrue(DeliveryState.DELIVERED.canMoveTo(DeliveryState.PREEMPTED)); // its playing ack lost
        assertFalse(DeliveryState.PREEMPTED.canMoveTo(DeliveryState.PREEMPTED));
        assertFalse(DeliveryState.PREEMPTED.canMoveTo(DeliveryState.DELIVERED));
        assertFalse(DeliveryState.PREEMPTED.isFinal());
    }

    @Test
    void canMoveTo_preempted_endsInEveryFinalState() {
        for (DeliveryState end : List.of(DeliveryState.PLAYED, DeliveryState.EXPIRED, DeliveryState.FAILED,
                DeliveryState.CANCELED, DeliveryState.TIMED_OUT)) {
            assertTrue(DeliveryState.PREEMPTED.canMoveTo(end), "PREEMPTED -> " + end);
        }
    }

    @Test
    void canMoveTo_finalState_neverPreempted() {
        for (DeliveryState s : DeliveryState.values()) {
            if (s.isFinal()) {
                assertFalse(s.canMoveTo(DeliveryState.PREEMPTED), s + " -> PREEMPTED");
            }
        }
    }

    @Test
    void canMoveTo_timedOutPreempted_yieldsToTheReceiversExpired() {
        assertTrue(DeliveryState.TIMED_OUT.canMoveTo(DeliveryState.EXPIRED));
    }

    @Test
    void apply_preemptedThenPlayingAgain_keepsTheFirstStartAndClearsTheDetail() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.DELIVERED;
        assertTrue(d.apply(DeliveryState.PLAYING, T0, null, T0));
        assertTrue(d.apply(DeliveryState.PREEMPTED, T0.plusSeconds(5), "preempted: emergency command x", T0));
        assertEquals("preempted: emergency command x", d.detail);
        assertTrue(d.apply(DeliveryState.PLAYING, T0.plusSeconds(60), null, T0));
        assertEquals(DeliveryState.PLAYING, d.state);
        assertEquals(T0, d.startedAt);
        assertNull(d.detail);
        assertTrue(d.apply(DeliveryState.PLAYED, T0.plusSeconds(72), null, T0));
        assertEquals(T0.plusSeconds(72), d.finishedAt);
    }

    @Test
    void canMoveTo_fromFinal_isRefused() {
        for (DeliveryState next : DeliveryState.values()) {
            assertFalse(DeliveryState.PLAYED.canMoveTo(next), "PLAYED -> " + next);
            assertFalse(DeliveryState.REJECTED.canMoveTo(next), "REJECTED -> " + next);
        }
    }

    @Test
    void canMoveTo_timedOut_yieldsOnlyToTheReceiversFinalWord() {
        assertTrue(DeliveryState.TIMED_OUT.canMoveTo(DeliveryState.PLAYED));
        assertTrue(DeliveryState.TIMED_OUT.canMoveTo(DeliveryState.FAILED));
        assertFalse(DeliveryState.TIMED_OUT.canMoveTo(DeliveryState.PLAYING));
        assertFalse(DeliveryState.TIMED_OUT.canMoveTo(DeliveryState.TIMED_OUT));
    }

    @Test
    void canMoveTo_canceled_yieldsOnlyToTheReceiversOwnEndOfThePlay() {
        assertTrue(DeliveryState.CANCELED.canMoveTo(DeliveryState.PLAYED));
        assertTrue(DeliveryState.CANCELED.canMoveTo(DeliveryState.FAILED));
        assertTrue(DeliveryState.CANCELED.canMoveTo(DeliveryState.EXPIRED));
        assertFalse(DeliveryState.CANCELED.canMoveTo(DeliveryState.PLAYING));
        assertFalse(DeliveryState.CANCELED.canMoveTo(DeliveryState.DELIVERED));
        assertFalse(DeliveryState.CANCELED.canMoveTo(DeliveryState.TIMED_OUT));
        assertFalse(DeliveryState.CANCELED.canMoveTo(DeliveryState.CANCELED));
    }

    @Test
    void apply_canceledReport_recordsWhenTheAudioStopped() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.PLAYING;
        assertTrue(d.apply(DeliveryState.CANCELED, T0.plusSeconds(2), "stopped: stop command x", T0));
        assertEquals(T0.plusSeconds(2), d.finishedAt);
        assertEquals(T0, d.reportedAt);
    }

    @Test
    void canMoveTo_controllerExpired_yieldsToAReceiverThatPlayedAnyway() {
        assertTrue(DeliveryState.EXPIRED.canMoveTo(DeliveryState.PLAYED));
        assertFalse(DeliveryState.EXPIRED.canMoveTo(DeliveryState.PLAYING));
        assertFalse(DeliveryState.EXPIRED.canMoveTo(DeliveryState.TIMED_OUT));
    }

    @Test
    void apply_finalReportAfterTimeout_replacesTheControllersDetail() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.TIMED_OUT;
        d.detail = "controller: no final report from the receiver";
        assertTrue(d.apply(DeliveryState.PLAYED, T0, null, T0));
        assertNull(d.detail);
    }

    @Test
    void apply_lateIntermediateAck_recordsItsTimeButKeepsState() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.SENT;
        assertTrue(d.apply(DeliveryState.PLAYED, T0.plusSeconds(12), null, T0));
        assertFalse(d.apply(DeliveryState.PLAYING, T0, null, T0));
        assertEquals(DeliveryState.PLAYED, d.state);
        assertEquals(T0, d.startedAt);
        assertEquals(T0.plusSeconds(12), d.finishedAt);
    }

    @Test
    void apply_sameStateTwice_keepsFirstTime() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.SENT;
        d.apply(DeliveryState.RECEIVED, T0, null, T0);
        assertFalse(d.apply(DeliveryState.RECEIVED, T0.plusSeconds(5), null, T0));
        assertEquals(T0, d.receivedAt);
        assertNull(d.detail);
    }
}
