package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryRebuildTest {

    private static final Instant SENT = Instant.parse("2026-12-06T02:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static DeliveryEvent event(final DeliveryState state, final String receiverAt, final String detail,
            final Instant serverAt) {
        return DeliveryEvent.of(1, state, receiverAt == null ? null : Instant.parse(receiverAt), serverAt, detail);
    }

    private static Delivery rejectedTheOldWay() {
        final Delivery d = new Delivery();
        d.state = DeliveryState.REJECTED;
        d.detail = "bad-signature: signature does not verify";
        d.startedAt = Instant.parse("2026-12-06T06:30:00Z");
        d.finishedAt = Instant.parse("2026-12-06T03:00:00Z");
        d.reportedAt = Instant.parse("2026-12-06T03:00:01Z");
        return d;
    }

    @Test
    void rebuild_historyUpToPlayed_isPlayedWithItsOwnTimes() {
        final Delivery d = rejectedTheOldWay();
        final Instant playedArrived = Instant.parse("2026-12-06T06:30:06Z");
        d.rebuild(List.of(event(DeliveryState.SENT, null, null, SENT),
                event(DeliveryState.RECEIVED, "2026-12-06T02:00:01Z", null, SENT),
                event(DeliveryState.DELIVERED, "2026-12-06T02:00:03Z", null, SENT),
                event(DeliveryState.PLAYING, "2026-12-06T06:30:00Z", null, SENT),
                event(DeliveryState.PLAYED, "2026-12-06T06:30:05Z", null, playedArrived)), NOW);
        assertEquals(DeliveryState.PLAYED, d.state);
        assertEquals(Instant.parse("2026-12-06T06:30:00Z"), d.startedAt);
        assertEquals(Instant.parse("2026-12-06T06:30:05Z"), d.finishedAt);
        assertFalse(d.startedAt.isAfter(d.finishedAt));
        assertEquals(playedArrived, d.reportedAt);
        assertNull(d.detail);
        assertEquals(NOW, d.updatedAt);
    }

    @Test
    void rebuild_historyUpToDelivered_isDeliveredAndNotFinal() {
        final Delivery d = rejectedTheOldWay();
        d.rebuild(List.of(event(DeliveryState.SENT, null, null, SENT),
                event(DeliveryState.RECEIVED, "2026-12-06T02:00:01Z", null, SENT),
                event(DeliveryState.DELIVERED, "2026-12-06T02:00:03Z", null, SENT)), NOW);
        assertEquals(DeliveryState.DELIVERED, d.state);
        assertNull(d.startedAt);
        assertNull(d.finishedAt);
        assertNull(d.reportedAt);
    }

    @Test
    void rebuild_controllersTimeOutThenLateReport_keepsTheReceiversWord() {
        final Delivery d = rejectedTheOldWay();
        d.rebuild(List.of(event(DeliveryState.SENT, null, null, SENT),
                event(DeliveryState.TIMED_OUT, null, "controller: not delivered by playAt", SENT),
                event(DeliveryState.FAILED, "2026-12-06T06:30:00Z", "download-failed: HTTP 503 after 6 attempts",
                        NOW)), NOW);
        assertEquals(DeliveryState.FAILED, d.state);
        assertTrue(d.detail.startsWith("download-failed"));
        assertEquals(NOW, d.reportedAt);
    }

    @Test
    void rebuild_outOfOrderPlayingAfterPlayed_keepsPlayedAndTheStartTime() {
        final Delivery d = rejectedTheOldWay();
        d.rebuild(List.of(event(DeliveryState.SENT, null, null, SENT),
                event(DeliveryState.PLAYED, "2026-12-06T06:30:05Z", null, SENT),
                event(DeliveryState.PLAYING, "2026-12-06T06:30:00Z", null, SENT)), NOW);
        assertEquals(DeliveryState.PLAYED, d.state);
        assertEquals(Instant.parse("2026-12-06T06:30:00Z"), d.startedAt);
        assertEquals(Instant.parse("2026-12-06T06:30:05Z"), d.finishedAt);
    }
}
