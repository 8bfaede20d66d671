package vn.loa.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule, without storage: {@code maxFailures} failed password checks within {@code window} lock the
 * username for {@code lockFor}. Failures older than the window, or from before a lock that has run out, no longer
 * count.
 */
record LockoutPolicy(int maxFailures, Duration window, Duration lockFor) {

    /** What is known about one username's recent failures; {@code lockedUntil} is null while not locked. */
    record State(int failures, Instant windowStart, Instant lockedUntil) {
    }

    LockoutPolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("loa.login: max-failures must be at least 1, window and "
                    + "lock-duration positive");
        }
    }

    static LockoutPolicy of(final LockoutConfig config) {
        return new LockoutPolicy(config.maxFailures(), config.window(), config.lockDuration());
    }

    boolean isLocked(final State s, final Instant now) {
        return s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil());
    }

    /** The state after one more failure at {@code now}; locked when this failure reaches the limit. */
    State afterFailure(final State s, final Instant now) {
        if (isLocked(s, now)) {
            return s; // a check that raced with the lock: it neither extends nor shortens it
        }
        final boolean fresh = s == null || s.lockedUntil() != null
                || !now.isBefore(s.windowStart().plus(window));
        final int failures = fresh ? 1 : s.failures() + 1;
        final Instant start = fresh ? now : s.windowStart();
        return new State(failures, start, failures >= maxFailures ? now.plus(lockFor) : null);
    }
}
