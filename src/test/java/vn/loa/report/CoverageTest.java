package vn.loa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;

class CoverageTest {

    private static Coverage.Count n(final String commune, final String village, final DeliveryState s, final long k) {
        return new Coverage.Count(commune, village, s, k);
    }

    @Test
    void of_playedAmongSettled_excludesCanceledAndPending() {
        final Coverage.Report r = Coverage.of(List.of(
                n("Lũng Cú", "Thèn Ván", DeliveryState.PLAYED, 3),
                n("Lũng Cú", "Thèn Ván", DeliveryState.TIMED_OUT, 1),
                n("Lũng Cú", "Thèn Ván", DeliveryState.CANCELED, 2),
                n("Lũng Cú", "Thèn Ván", DeliveryState.QUEUED, 5)));
        final Coverage v = r.villages().get(0);
        assertEquals(11, v.planned());
        assertEquals(3, v.played());
        assertEquals(1, v.missed());
        assertEquals(2, v.canceled());
        assertEquals(5, v.pending());
        assertEquals(new BigDecimal("75.0"), v.percent());
    }

    @Test
    void of_everyNonPlayedFinalState_countsAsMissed() {
        final Coverage v = Coverage.of(List.of(n("X", "A", DeliveryState.PLAYED, 1), n("X", "A", DeliveryState.FAILED, 1),
                n("X", "A", DeliveryState.REJECTED, 1), n("X", "A", DeliveryState.EXPIRED, 1),
                n("X", "A", DeliveryState.TIMED_OUT, 1))).villages().get(0);
        assertEquals(4, v.missed());
        assertEquals(new BigDecimal("20.0"), v.percent());
    }

    @Test
    void of_nothingSettled_percentIsNull() {
        final Coverage v = Coverage.of(List.of(n("X", "A", DeliveryState.CANCELED, 1),
                n("X", "A", DeliveryState.PLAYING, 1))).villages().get(0);
        assertNull(v.percent());
        assertEquals(2, v.planned());
    }

    @Test
    void of_twoVillages_communeLineSumsThemNotTheirPercents() {
        final Coverage.Report r = Coverage.of(List.of(
                n("Lũng Cú", "Má Lé", DeliveryState.PLAYED, 1),
                n("Lũng Cú", "Thèn Ván", DeliveryState.PLAYED, 1),
                n("Lũng Cú", "Thèn Ván", DeliveryState.FAILED, 2),
                n("Phó Bảng", "Đoàn Kết", DeliveryState.PLAYED, 2)));
        assertEquals(List.of("Má Lé", "Thèn Ván", "Đoàn Kết"), r.villages().stream().map(Coverage::village).toList());
        assertEquals(new BigDecimal("100.0"), r.villages().get(0).percent());
        assertEquals(new BigDecimal("33.3"), r.villages().get(1).percent());
        final Coverage commune = r.communes().get(0);
        assertEquals("Lũng Cú", commune.commune());
        assertNull(commune.village());
        assertEquals(new BigDecimal("50.0"), commune.percent()); // 2 of 4, not the mean of 100 and 33.3
        assertEquals(2, r.communes().size());
    }

    @Test
    void percent_roundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.7"), Coverage.percent(2, 3));
        assertEquals(new BigDecimal("0.0"), Coverage.percent(0, 7));
    }
}
