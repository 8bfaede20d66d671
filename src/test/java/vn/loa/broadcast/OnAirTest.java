package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OnAirTest {

    @Test
    void minutesSeconds_95400ms_is1m35() {
        assertEquals("1:35", OnAir.minutesSeconds(95_400L));
    }

    @Test
    void minutesSeconds_roundsToTheNearestSecond() {
        assertEquals("0:03", OnAir.minutesSeconds(2_500L));
        assertEquals("0:02", OnAir.minutesSeconds(2_499L));
        assertEquals("1:00", OnAir.minutesSeconds(59_600L));
    }

    @Test
    void minutesSeconds_pastAnHour_staysMinutes() {
        assertEquals("75:00", OnAir.minutesSeconds(4_500_000L));
    }

    @Test
    void minutesSeconds_noAudio_isNull() {
        assertNull(OnAir.minutesSeconds(null));
    }

    @Test
    void minutesSeconds_negative_throws() {
        assertThrows(IllegalArgumentException.class, () -> OnAir.minutesSeconds(-1L));
    }
}
