package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

    private static final Instant SIX = Instant.parse("2026-12-09T23:00:00Z");

    @Test
    void of_threeItems_backToBackWithThePause() {
        final SlotPlan p = SlotPlan.of(SIX, Duration.ofMinutes(10), Duration.ofSeconds(2),
                List.of(12_160L, 30_000L, 5_500L));
        assertEquals(List.of(SIX, SIX.plusMillis(14_160), SIX.plusMillis(46_160)), p.playAts());
        assertEquals(51_660, p.totalMs());
        assertEquals(548, p.freeSeconds());
        assertEquals(0, p.overrunSeconds());
        assertEquals(SIX.plusMillis(51_660), p.end());
    }

    @Test
    void of_noPause_secondStartsWhenTheFirstEnds() {
        final SlotPlan p = SlotPlan.of(SIX, Duration.ofSeconds(60), Duration.ZERO, List.of(20_000L, 40_000L));
        assertEquals(SIX.plusSeconds(20), p.playAts().get(1));
        assertEquals(0, p.freeSeconds(), "exactly full fits");
    }

    @Test
    void of_empty_nothingPlannedWholeLengthFree() {
        final SlotPlan p = SlotPlan.of(SIX, Duration.ofSeconds(60), Duration.ofSeconds(2), List.of());
        assertEquals(List.of(), p.playAts());
        assertEquals(60, p.freeSeconds());
    }

    @Test
    void of_overrunByAFraction_refusedWithTheOverrunRoundedUp() {
        final SlotOverrun e = assertThrows(SlotOverrun.class, () -> SlotPlan.of(SIX, Duration.ofSeconds(60),
                Duration.ofSeconds(2), List.of(30_000L, 28_200L)));
        assertEquals(1, e.overrunSeconds(), "60.2 s in a 60 s slot is 1 s over");
        assertEquals("slot-overrun", e.code());
        assertEquals(1L, e.extensions().get("overrunSeconds"));
    }

    @Test
    void of_overrunByPausesOnly_counted() {
        final SlotOverrun e = assertThrows(SlotOverrun.class, () -> SlotPlan.of(SIX, Duration.ofSeconds(30),
                Duration.ofSeconds(5), List.of(10_000L, 10_000L, 5_000L)));
        assertEquals(5, e.overrunSeconds(), "25 s of audio and two 5 s pauses");
    }

    @Test
    void firstOverlap_touchingWindows_doNotOverlap() {
        final Duration ten = Duration.ofMinutes(10);
        assertNull(SlotService.firstOverlap(List.of(SIX), ten, List.of(SIX.plus(ten)), ten));
        assertNull(SlotService.firstOverlap(List.of(SIX.plus(ten)), ten, List.of(SIX), ten));
        assertEquals(SIX.plusSeconds(86_400), SlotService.firstOverlap(List.of(SIX, SIX.plusSeconds(86_400)), ten,
                List.of(SIX.plusSeconds(86_400 + 599)), ten));
    }
}
