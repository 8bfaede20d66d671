package vn.loa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T13:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private LockoutPolicy.State fail(final int times, final Instant from, final Duration step) {
        LockoutPolicy.State s = null;
        for (int i = 0; i < times; i++) {
            s = policy.afterFailure(s, from.plus(step.multipliedBy(i)));
        }
        return s;
    }

    @Test
    void afterFailure_fourWithinWindow_notLocked() {
        final LockoutPolicy.State s = fail(4, T0, Duration.ofMinutes(1));
        assertEquals(4, s.failures());
        assertNull(s.lockedUntil());
        assertFalse(policy.isLocked(s, T0.plus(Duration.ofMinutes(4))));
    }

    @Test
    void afterFailure_fifthWithinWindow_locksForLockDuration() {
        final LockoutPolicy.State s = fail(5, T0, Duration.ofMinutes(1));
        final Instant fifth = T0.plus(Duration.ofMinutes(4));
        assertEquals(fifth.plus(Duration.ofMinutes(15)), s.lockedUntil());
        assertTrue(policy.isLocked(s, fifth.plus(Duration.ofMinutes(14))));
        assertFalse(policy.isLocked(s, fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void afterFailure_spreadBeyondWindow_startsCountingAgain() {
        final LockoutPolicy.State s = fail(5, T0, Duration.ofMinutes(4)); // the fifth comes 16 minutes after the first
        assertEquals(1, s.failures());
        assertNull(s.lockedUntil());
    }

    @Test
    void afterFailure_whileLocked_keepsTheSameLock() {
        final LockoutPolicy.State locked = fail(5, T0, Duration.ofSeconds(1));
        assertSame(locked, policy.afterFailure(locked, T0.plus(Duration.ofMinutes(1))));
    }

    @Test
    void afterFailure_afterLockRanOut_startsCountingAgain() {
        final LockoutPolicy.State locked = fail(5, T0, Duration.ofSeconds(1));
        final LockoutPolicy.State next = policy.afterFailure(locked, locked.lockedUntil().plusSeconds(1));
        assertEquals(1, next.failures());
        assertNull(next.lockedUntil());
    }

    @Test
    void isLocked_noState_false() {
        assertFalse(policy.isLocked(null, T0));
    }

    @Test
    void new_zeroFailuresOrDurations_throws() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ZERO));
    }
}
