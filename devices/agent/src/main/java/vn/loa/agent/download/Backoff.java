package vn.loa.agent.download;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jetbrains.annotations.NotNull;

/**
 * Exponential backoff with "equal jitter": the wait before retry n is uniformly random in [d/2, d] where
 * d = min(max, initial * 2^(n-1)). Jitter keeps the receivers of a commune from hammering the controller in step
 * after it comes back.
 */
public record Backoff(@NotNull Duration initial, @NotNull Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** @param attempt the number of failed attempts so far, from 1 */
    public @NotNull Duration delay(final int attempt, final @NotNull RandomGenerator random) {
        final int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        final long ceiling = Math.min(max.toMillis(), initial.toMillis() << doublings);
        final long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
