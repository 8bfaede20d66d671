package vn.loa.agent.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.Health;
import vn.loa.agent.protocol.Priority;
import vn.loa.agent.protocol.QuietHours;

/**
 * The queue's two gates (PROTOCOL.md 8.1, rules 7 and 8) without threads: every priority inside and outside the
 * quiet hours, with the battery below, above and at its reserve and on mains; a window across midnight; the
 * window read at the offset the controller sent, not the machine's zone.
 */
class PlayQueueGatesTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final QuietHours NIGHT = QuietHours.of("21:00", "05:00", "+07:00");
    /** 22:00 in Hà Nội. */
    private static final Instant INSIDE = at(22, 0);
    /** 09:00 in Hà Nội. */
    private static final Instant OUTSIDE = at(9, 0);

    private static final Gates MAINS = new Gates(new Health.Power("mains", 10), 30);
    private static final Gates BELOW = new Gates(new Health.Power("battery", 29), 30);
    private static final Gates AT_RESERVE = new Gates(new Health.Power("battery", 30), 30);
    private static final Gates ABOVE = new Gates(new Health.Power("battery", 80), 30);
    private static final Gates SOLAR_BELOW = new Gates(new Health.Power("solar", 5), 30);
    private static final Gates NO_LEVEL = new Gates(new Health.Power("battery", null), 30);

    private long arrivals;

    static Stream<Arguments> everyCase() {
        final Stream.Builder<Arguments> cases = Stream.builder();
        for (final Priority priority : Priority.values()) {
            for (final boolean inside : new boolean[] {true, false}) {
                for (final Gates gates : List.of(MAINS, BELOW, AT_RESERVE, ABOVE, SOLAR_BELOW, NO_LEVEL, Gates.NONE)) {
                    final DetailCode expected;
                    if (priority == Priority.EMERGENCY) {
                        expected = null;
                    } else if (inside) {
                        expected = DetailCode.QUIET_HOURS;
                    } else if (priority == Priority.ROUTINE && (gates == BELOW || gates == SOLAR_BELOW)) {
                        expected = DetailCode.BATTERY_RESERVE;
                    } else {
                        expected = null;
                    }
                    cases.add(Arguments.of(priority, inside, gates, expected));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} inside={1} {2} -> {3}")
    @MethodSource("everyCase")
    void decide_everyPriorityWindowAndBattery_refusesOrStartsAsTheRulesSay(final Priority priority,
            final boolean inside, final Gates gates, final DetailCode expected) {
        final Instant now = inside ? INSIDE : OUTSIDE;
        final QueueEntry entry = entry(priority, now, NIGHT);

        final Decision d = PlayQueue.decide(now, null, List.of(entry), gates);

        if (expected == null) {
            assertEquals(entry, d.start());
            assertTrue(d.refuse().isEmpty());
        } else {
            assertNull(d.start());
            assertEquals(1, d.refuse().size());
            assertEquals(expected, d.refusalOf(entry).code());
            assertTrue(d.refusalOf(entry).detail().startsWith(expected.code() + ": "));
        }
    }

    @Test
    void decide_windowAcrossMidnight_insideBeforeAndAfterMidnightOutsideAtItsEnds() {
        assertRefused(at(21, 0), true, "from is inside");
        assertRefused(at(23, 59), true, "before midnight");
        assertRefused(at(0, 0), true, "midnight");
        assertRefused(at(4, 59), true, "after midnight");
        assertRefused(at(5, 0), false, "to is outside");
        assertRefused(at(20, 59), false, "a minute before");
        assertRefused(at(12, 0), false, "midday");
    }

    @Test
    void decide_windowWithinOneDay_onlyBetweenItsEnds() {
        final QuietHours lunch = QuietHours.of("11:30", "13:30", "+07:00");
        final Instant inside = at(12, 0);
        final Instant outside = at(14, 0);

        assertEquals(DetailCode.QUIET_HOURS, PlayQueue.decide(inside, null,
                List.of(entry(Priority.ROUTINE, inside, lunch)), Gates.NONE).refuse().get(0).code());
        assertTrue(PlayQueue.decide(outside, null, List.of(entry(Priority.ROUTINE, outside, lunch)), Gates.NONE)
                .refuse().isEmpty());
    }

    @Test
    void decide_windowReadAtTheOffsetTheControllerSent_notAtUtc() {
        // 22:00 in Hà Nội is 15:00 UTC: outside a 21:00-05:00 window read in UTC, inside one read at +07:00
        final QueueEntry utc = entry(Priority.ROUTINE, INSIDE, QuietHours.of("21:00", "05:00", "+00:00"));
        final QueueEntry hcm = entry(Priority.ROUTINE, INSIDE, NIGHT);

        final Decision d = PlayQueue.decide(INSIDE, null, List.of(utc, hcm), Gates.NONE);

        assertEquals(utc, d.start());
        assertEquals(DetailCode.QUIET_HOURS, d.refusalOf(hcm).code());
        assertTrue(d.refusalOf(hcm).detail().contains("21:00–05:00 +07:00"), d.refusalOf(hcm).detail());
    }

    @Test
    void decide_noWindowInTheCommand_aV1ControllersPlayIsNeverHeldBackByQuietHours() {
        final QueueEntry v1 = new QueueEntry(id(), Priority.ROUTINE, INSIDE, INSIDE.plusSeconds(600), 1);

        assertEquals(v1, PlayQueue.decide(INSIDE, null, List.of(v1), ABOVE).start());
    }

    @Test
    void decide_routineRefusedOnReserveWhileAnEmergencyStarts_bothInOneDecision() {
        final QueueEntry routine = entry(Priority.ROUTINE, OUTSIDE, NIGHT);
        final QueueEntry emergency = entry(Priority.EMERGENCY, OUTSIDE, NIGHT);

        final Decision d = PlayQueue.decide(OUTSIDE, null, List.of(routine, emergency), BELOW);

        assertEquals(emergency, d.start());
        assertEquals(DetailCode.BATTERY_RESERVE, d.refusalOf(routine).code());
    }

    @Test
    void decide_gatedPlayWhileAnotherPlays_refusedAtOnceNotLeftWaiting() {
        final QueueEntry current = entry(Priority.IMPORTANT, INSIDE.minusSeconds(10), NIGHT);
        final QueueEntry routine = entry(Priority.ROUTINE, INSIDE, NIGHT);

        final Decision d = PlayQueue.decide(INSIDE, current, List.of(routine), Gates.NONE);

        assertNull(d.start());
        assertFalse(d.preempt());
        assertEquals(DetailCode.QUIET_HOURS, d.refusalOf(routine).code());
    }

    @Test
    void decide_playNotDueYetInsideTheWindow_waitsUntilItsPlayAtIsDecided() {
        final QueueEntry later = entry(Priority.ROUTINE, INSIDE.plusSeconds(60), NIGHT);

        final Decision d = PlayQueue.decide(INSIDE, null, List.of(later), BELOW);

        assertTrue(d.refuse().isEmpty());
        assertEquals(INSIDE.plusSeconds(60), d.wakeAt());
    }

    @Test
    void decide_expiredPlayInsideTheWindow_expiredFirst() {
        final QueueEntry stale = new QueueEntry(id(), Priority.ROUTINE, INSIDE.minusSeconds(60), INSIDE.minusMillis(1),
                1, NIGHT);

        final Decision d = PlayQueue.decide(INSIDE, null, List.of(stale), BELOW);

        assertEquals(List.of(stale), d.expire());
        assertTrue(d.refuse().isEmpty());
    }

    @Test
    void onReserve_onlyOffMainsWithAKnownLevelBelowTheReserve() {
        assertTrue(BELOW.onReserve());
        assertTrue(SOLAR_BELOW.onReserve());
        assertFalse(AT_RESERVE.onReserve(), "at the reserve is not below it");
        assertFalse(ABOVE.onReserve());
        assertFalse(MAINS.onReserve(), "on mains a low battery charges");
        assertFalse(NO_LEVEL.onReserve());
        assertFalse(Gates.NONE.onReserve());
        assertFalse(new Gates(new Health.Power("battery", 0), 0).onReserve(), "reserve 0 keeps none");
    }

    private void assertRefused(final Instant now, final boolean refused, final String why) {
        final QueueEntry entry = entry(Priority.IMPORTANT, now, NIGHT);
        final Decision d = PlayQueue.decide(now, null, List.of(entry), Gates.NONE);
        assertEquals(refused, d.refuses(entry), why);
        assertEquals(!refused, entry.equals(d.start()), why);
    }

    private QueueEntry entry(final Priority priority, final Instant playAt, final QuietHours quiet) {
        return new QueueEntry(id(), priority, playAt, playAt.plusSeconds(600), ++arrivals, quiet);
    }

    private static CommandId id() {
        return CommandId.of(UUID.randomUUID().toString());
    }

    private static Instant at(final int hour, final int minute) {
        return ZonedDateTime.of(2026, 12, 7, hour, minute, 0, 0, HCM).toInstant();
    }
}
