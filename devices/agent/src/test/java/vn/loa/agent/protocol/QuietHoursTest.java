package vn.loa.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

    @Test
    void of_wellFormed_readsFromToAndOffset() {
        final QuietHours q = QuietHours.of("21:00", "05:00", "+07:00");

        assertEquals("21:00–05:00 +07:00", q.toString());
    }

    @ParameterizedTest
    @CsvSource({"21:00,21:00,+07:00", "9:00,05:00,+07:00", "21:00,24:00,+07:00", "21:00:00,05:00,+07:00",
            "21:00,05:00,Z", "21:00,05:00,+7", "21:00,05:00,+15:00", "xx:00,05:00,+07:00"})
    void of_badSpellingOrWholeDay_throws(final String from, final String to, final String offset) {
        assertThrows(IllegalArgumentException.class, () -> QuietHours.of(from, to, offset));
    }

    @Test
    void contains_acrossMidnight_bothSidesOfMidnight() {
        final QuietHours q = QuietHours.of("21:00", "05:00", "+07:00");

        assertTrue(q.contains(Instant.parse("2026-12-07T14:00:00Z")), "21:00 local");
        assertTrue(q.contains(Instant.parse("2026-12-07T21:59:59Z")), "04:59:59 local");
        assertFalse(q.contains(Instant.parse("2026-12-07T22:00:00Z")), "05:00 local");
        assertFalse(q.contains(Instant.parse("2026-12-07T13:59:59Z")), "20:59:59 local");
    }

    @Test
    void contains_negativeOffset_readsLocalTimeThere() {
        final QuietHours q = QuietHours.of("01:00", "02:00", "-03:00");

        assertTrue(q.contains(Instant.parse("2026-12-07T04:30:00Z")));
        assertFalse(q.contains(Instant.parse("2026-12-07T01:30:00Z")));
    }
}
