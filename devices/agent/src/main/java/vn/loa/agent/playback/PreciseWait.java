package vn.loa.agent.playback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.jetbrains.annotations.NotNull;

/**
 * Waits until a wall-clock instant with sub-millisecond accuracy: parks until {@link #SPIN_NANOS} before the
 * target (park may overshoot by the timer slack, ~50-100 us on Linux), then spins. The wall-clock distance is
 * read once and counted down on the monotonic {@link System#nanoTime()}; the last step spins on the wall clock
 * itself (bounded by {@link #SPIN_NANOS}), so the start is never before the target by the clock that reports it.
 */
final class PreciseWait {

    /** Final stretch spent spinning, nanoseconds (2 ms). */
    static final long SPIN_NANOS = 2_000_000L;

    private PreciseWait() {
    }

    static void until(final @NotNull Instant target, final @NotNull Clock clock) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.between(clock.instant(), target).toNanos();
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("wait for " + target + " interrupted");
            }
            if (left > SPIN_NANOS) {
                LockSupport.parkNanos(left - SPIN_NANOS);
            } else {
                Thread.onSpinWait();
            }
        }
        // nanoTime and the wall clock drift apart by a few microseconds; never report a start before the target
        final long bound = System.nanoTime() + SPIN_NANOS;
        while (clock.instant().isBefore(target) && System.nanoTime() < bound) {
            Thread.onSpinWait();
        }
    }
}
