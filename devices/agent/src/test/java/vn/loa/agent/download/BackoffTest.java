package vn.loa.agent.download;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delay_growingAttempts_staysWithinHalfAndFullOfCappedExponential() {
        final Random random = new Random(1);
        for (int attempt = 1; attempt <= 40; attempt++) {
            final long ceiling = Math.min(60_000, 1000L << Math.min(attempt - 1, 30));
            for (int i = 0; i < 50; i++) {
                final long ms = Backoff.DEFAULT.delay(attempt, random).toMillis();
                assertTrue(ms >= ceiling / 2 && ms <= ceiling, "attempt " + attempt + ": " + ms);
            }
        }
    }

    @Test
    void new_maxBelowInitial_throws() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
