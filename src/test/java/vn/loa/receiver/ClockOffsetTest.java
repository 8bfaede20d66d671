package vn.loa.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockOffsetTest {

    private static final Instant T = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void estimate_symmetricDelays_cancelOut() {
        // receiver 3 s ahead, 400 ms each way: down = 3000 + 400, up = 3000 - 400
        final long offset = ClockOffset.estimateMillis(T.plusMillis(63_000), T.plusMillis(60_400),
                T, T.plusMillis(3_400));
        assertEquals(3_000, offset);
    }

    @Test
    void estimate_withoutRecentCommand_usesUpwardDifferenceAlone() {
        assertEquals(-1_500, ClockOffset.estimateMillis(T, T.plusMillis(1_500), null, null));
        final Instant longAgo = T.minusSeconds(3600);
        assertEquals(-1_500, ClockOffset.estimateMillis(T, T.plusMillis(1_500), longAgo, longAgo.plusMillis(900)));
    }
}
