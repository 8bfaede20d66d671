package vn.loa.testbroadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;

/** The reason a receiver missed a test, from its delivery's final state and its presence at play time. */
class MissReasonTest {

    private static final Instant PLAY = Instant.parse("2026-12-07T23:00:00Z");

    @Test
    void of_played_null() {
        assertNull(MissReason.of(DeliveryState.PLAYED, null, true));
    }

    @Test
    void of_failedDownload_downloadFailed() {
        assertEquals(MissReason.DOWNLOAD_FAILED, MissReason.of(DeliveryState.FAILED,
                "download-failed: GET http://x/api/audio/a.mp3: HTTP 404 Not Found after 6 attempts", false));
    }

    @Test
    void of_failedOtherwiseRejectedOrCanceled_failed() {
        assertEquals(MissReason.FAILED, MissReason.of(DeliveryState.FAILED, "playback-failed: no device", false));
        assertEquals(MissReason.FAILED, MissReason.of(DeliveryState.FAILED, null, false));
        assertEquals(MissReason.FAILED, MissReason.of(DeliveryState.REJECTED, "bad-signature", false));
        assertEquals(MissReason.FAILED, MissReason.of(DeliveryState.CANCELED, "stopped", true));
    }

    @Test
    void of_noFinalReportWhileOffline_offline() {
        for (DeliveryState s : new DeliveryState[] {DeliveryState.QUEUED, DeliveryState.SENT,
                DeliveryState.TIMED_OUT, DeliveryState.EXPIRED, DeliveryState.DELIVERED}) {
            assertEquals(MissReason.OFFLINE, MissReason.of(s, null, true), s.name());
        }
    }

    @Test
    void of_noFinalReportWhileOnline_notAcknowledged() {
        for (DeliveryState s : new DeliveryState[] {DeliveryState.SENT, DeliveryState.RECEIVED,
                DeliveryState.DELIVERED, DeliveryState.PLAYING, DeliveryState.PREEMPTED, DeliveryState.TIMED_OUT,
                DeliveryState.EXPIRED}) {
            assertEquals(MissReason.NOT_ACKNOWLEDGED, MissReason.of(s, null, false), s.name());
        }
    }

    @Test
    void code_isTheWireName() {
        assertEquals("download-failed", MissReason.DOWNLOAD_FAILED.code());
        assertEquals("not-acknowledged", MissReason.NOT_ACKNOWLEDGED.code());
    }

    @Test
    void offlineAt_neverSeenAndDisconnected_true() {
        assertTrue(MissReason.offlineAt(false, null, null, PLAY));
    }

    @Test
    void offlineAt_disconnectedBeforeThePlay_true() {
        assertTrue(MissReason.offlineAt(false, PLAY.minusSeconds(600), null, PLAY));
    }

    @Test
    void offlineAt_connectedNow_false() {
        assertFalse(MissReason.offlineAt(true, PLAY.minusSeconds(600), null, PLAY));
    }

    @Test
    void offlineAt_heardAfterThePlay_false() {
        assertFalse(MissReason.offlineAt(false, PLAY.plusSeconds(60), null, PLAY));
    }

    @Test
    void offlineAt_receivedOnlyAfterThePlay_true() {
        assertTrue(MissReason.offlineAt(true, PLAY.plusSeconds(60), PLAY.plusSeconds(30), PLAY));
    }

    @Test
    void offlineAt_receivedBeforeThePlay_false() {
        assertFalse(MissReason.offlineAt(false, PLAY.minusSeconds(60), PLAY.minusSeconds(90), PLAY));
    }
}
