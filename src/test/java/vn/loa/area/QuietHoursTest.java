package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.error.InvalidInputException;

class QuietHoursTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final QuietHours NIGHT = QuietHours.of("21:00", "05:00");

    @Test
    void of_sameFromAndTo_refusedAsTheWholeDay() {
        final InvalidInputException e = assertThrows(InvalidInputException.class, () -> QuietHours.of("05:00", "05:00"));
        assertEquals("quiet-hours-whole-day", e.code());
    }

    @ParameterizedTest
    @CsvSource(value = {"9:00,05:00", "21:00,24:00", "21:00,", "21h,05:00", "21:00:00,05:00"}, nullValues = "")
    void of_badSpelling_invalidQuietHours(final String from, final String to) {
        assertEquals("invalid-quiet-hours",
                assertThrows(InvalidInputException.class, () -> QuietHours.of(from, to)).code());
    }

    @Test
    void overlaps_startInsideAcrossMidnight_true() {
        assertTrue(NIGHT.overlaps(at(23, 30), at(23, 31), HCM));
        assertTrue(NIGHT.overlaps(at(4, 59), at(5, 1), HCM));
    }

    @Test
    void overlaps_playRunningIntoTheWindow_true() {
        assertTrue(NIGHT.overlaps(at(20, 59), at(21, 0).plusSeconds(30), HCM), "ends 30 s into the window");
    }

    @Test
    void overlaps_playEndingAsTheWindowStarts_false() {
        assertFalse(NIGHT.overlaps(at(20, 59), at(21, 0), HCM));
        assertFalse(NIGHT.overlaps(at(5, 0), at(5, 10), HCM));
        assertFalse(NIGHT.overlaps(at(12, 0), at(12, 0), HCM));
    }

    @Test
    void overlaps_windowWithinTheDay() {
        final QuietHours lunch = QuietHours.of("11:30", "13:30");
        assertTrue(lunch.overlaps(at(11, 0), at(11, 45), HCM));
        assertFalse(lunch.overlaps(at(13, 30), at(14, 0), HCM));
    }

    @Test
    void offsetText_neverZ() {
        assertEquals("+07:00", QuietHours.offsetText(HCM, Instant.parse("2026-12-07T00:00:00Z")));
        assertEquals("+00:00", QuietHours.offsetText(ZoneId.of("UTC"), Instant.parse("2026-12-07T00:00:00Z")));
    }

    private static Instant at(final int hour, final int minute) {
        return ZonedDateTime.of(2026, 12, 7, hour, minute, 0, 0, HCM).toInstant();
    }

    @Test
    void parseDefault_configuredWindowOrNone() {
        assertEquals(java.util.Optional.of(NIGHT), QuietHoursPolicy.parseDefault("21:00-05:00"));
        assertEquals(java.util.Optional.of(NIGHT), QuietHoursPolicy.parseDefault(" 21:00 - 05:00 "));
        assertEquals(java.util.Optional.empty(), QuietHoursPolicy.parseDefault("none"));
        assertThrows(IllegalStateException.class, () -> QuietHoursPolicy.parseDefault("21:00"));
        assertThrows(InvalidInputException.class, () -> QuietHoursPolicy.parseDefault("05:00-05:00"));
    }
}
