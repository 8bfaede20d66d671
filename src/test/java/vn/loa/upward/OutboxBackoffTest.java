package vn.loa.upward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void backoff_doublesFromTheBase() {
        assertEquals(Duration.ofSeconds(30), Outbox.backoff(1, BASE, MAX));
        assertEquals(Duration.ofSeconds(60), Outbox.backoff(2, BASE, MAX));
        assertEquals(Duration.ofSeconds(120), Outbox.backoff(3, BASE, MAX));
        assertEquals(Duration.ofMinutes(32), Outbox.backoff(7, BASE, MAX));
    }

    @Test
    void backoff_manyAttempts_staysAtTheMaximum() {
        assertEquals(MAX, Outbox.backoff(8, BASE, MAX));
        assertEquals(MAX, Outbox.backoff(1_000, BASE, MAX));
    }
}
