package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @ParameterizedTest
    @ValueSource(strings = {"invalid-command: duplicate key 'title'", "unknown-type: type 'x'", "unsigned: no sig",
            "unknown-key: key 1234", "bad-signature: signature does not verify", "bad-signature"})
    void of_refusalBeforeTheSignatureVerified_isUnverifiedAndSecurityOnly(final String detail) {
        final Refusal r = Refusal.of(DeliveryState.REJECTED, detail, false);
        assertEquals(Refusal.UNVERIFIED, r);
        assertTrue(r.securityOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = {"replayed-id: already played at 2026-12-06T13:30:05.000+07:00",
            "wrong-receiver: command is for rx-a"})
    void of_replayOrOtherReceiversCommand_isAWarningAndSecurityOnly(final String detail) {
        final Refusal r = Refusal.of(DeliveryState.REJECTED, detail, false);
        assertEquals(Refusal.WARNING, r);
        assertTrue(r.securityOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = {"old-sequence: seq 3 is used", "expired: expiresAt passed",
            "sha256-mismatch: got abc", "no code at all"})
    void of_verifiedRefusal_endsTheDelivery(final String detail) {
        assertFalse(Refusal.of(DeliveryState.REJECTED, detail, false).securityOnly());
    }

    @Test
    void of_rejectedWithoutDetail_endsTheDelivery() {
        assertEquals(Refusal.NONE, Refusal.of(DeliveryState.REJECTED, null, false));
    }

    @Test
    void of_flaggedUnverifiedByTheReceiver_isUnverifiedWhateverTheCode() {
        assertEquals(Refusal.UNVERIFIED, Refusal.of(DeliveryState.REJECTED, "old-sequence: seq 3", true));
    }

    @Test
    void of_notARefusal_isNone() {
        assertEquals(Refusal.NONE, Refusal.of(DeliveryState.PLAYED, "bad-signature: odd detail", true));
        assertEquals(Refusal.NONE, Refusal.of(DeliveryState.FAILED, "playback-failed: no output", false));
    }

    @Test
    void mendable_onlyRejectedByAnUnverifiedCode() {
        assertTrue(Refusal.mendable(DeliveryState.REJECTED, "bad-signature: signature does not verify"));
        assertTrue(Refusal.mendable(DeliveryState.REJECTED, "invalid-command: lone surrogate"));
        assertFalse(Refusal.mendable(DeliveryState.REJECTED, "old-sequence: seq 3"));
        assertFalse(Refusal.mendable(DeliveryState.REJECTED, "replayed-id: already played"));
        assertFalse(Refusal.mendable(DeliveryState.PLAYED, "bad-signature: odd detail"));
    }
}
