package vn.loa.upward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UptimeTest {

    private static final Instant START = Instant.parse("2026-11-19T17:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(1));

    @Test
    void of_noChanges_isTheStateAtStartThroughout() {
        assertEquals(new UpwardReport.UptimeLine(86_400, 86_400, new BigDecimal("100.0")),
                Uptime.of(true, List.of(), START, END));
        assertEquals(new UpwardReport.UptimeLine(86_400, 0, new BigDecimal("0.0")),
                Uptime.of(false, List.of(), START, END));
    }

    @Test
    void of_offlineForSixHours_countsTheRest() {
        final UpwardReport.UptimeLine u = Uptime.of(true, List.of(
                new Uptime.Change(START.plus(Duration.ofHours(6)), false),
                new Uptime.Change(START.plus(Duration.ofHours(12)), true)), START, END);
        assertEquals(86_400, u.observedSeconds());
        assertEquals(18 * 3600, u.onlineSeconds());
        assertEquals(new BigDecimal("75.0"), u.percent());
    }

    @Test
    void of_changesOutsideTheWindow_areIgnored() {
        final UpwardReport.UptimeLine u = Uptime.of(false, List.of(
                new Uptime.Change(START.minusSeconds(10), true),
                new Uptime.Change(END, true)), START, END);
        assertEquals(0, u.onlineSeconds());
    }

    @Test
    void of_repeatedSameState_countsOnce() {
        final UpwardReport.UptimeLine u = Uptime.of(false, List.of(
                new Uptime.Change(START.plus(Duration.ofHours(12)), true),
                new Uptime.Change(START.plus(Duration.ofHours(18)), true)), START, END);
        assertEquals(12 * 3600, u.onlineSeconds());
        assertEquals(new BigDecimal("50.0"), u.percent());
    }

    @Test
    void of_emptyWindow_hasNoPercent() {
        final UpwardReport.UptimeLine u = Uptime.of(true, List.of(), END, START);
        assertEquals(0, u.observedSeconds());
        assertNull(u.percent());
    }
}
