package vn.loa.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.loa.broadcast.DeliveryState;

/**
 * Coverage: of the deliveries planned for a village's receivers (broadcasts scheduled in the range), the share
 * that played. {@code percent = played / (played + missed)}, one decimal, half up; canceled and still-pending
 * deliveries are counted but left out of it (see {@link Outcome}); null when nothing is settled. Villages that a
 * receiver reaches by FM or wire besides its own are counted apart, in {@link Report#reached()} ({@link Reach}), so
 * no delivery counts twice in a commune's total.
 *
 * @param village null on a commune's line
 */
public record Coverage(String commune, String village, long planned, long played, long missed, long canceled,
        long pending, BigDecimal percent) {

    /** One group of the store's answer: how many deliveries of a village ended in a state. */
    public record Count(String commune, String village, DeliveryState state, long deliveries) {
    }

    /**
     * Coverage per village (by commune, then village) and per commune, from the receivers standing there; and the
     * villages reached through another village's receiver (FM or wire), each with that receiver.
     */
    public record Report(List<Coverage> villages, List<Coverage> communes, List<Reach> reached) {

        public static final Report EMPTY = new Report(List.of(), List.of(), List.of());

        Report withReached(final List<Reach> lines) {
            return new Report(villages, communes, List.copyOf(lines));
        }
    }

    static Report of(final List<Count> counts) {
        final Map<String, Map<String, long[]>> byCommune = new TreeMap<>(Comparator.naturalOrder());
        for (Count c : counts) {
            final long[] tally = byCommune.computeIfAbsent(c.commune(), k -> new TreeMap<>())
                    .computeIfAbsent(c.village(), k -> new long[Outcome.values().length]);
            tally[Outcome.of(c.state()).ordinal()] += c.deliveries();
        }
        final List<Coverage> villages = new ArrayList<>();
        final List<Coverage> communes = new ArrayList<>();
        byCommune.forEach((commune, byVillage) -> {
            final long[] total = new long[Outcome.values().length];
            byVillage.forEach((village, tally) -> {
                villages.add(of(commune, village, tally));
                for (int i = 0; i < tally.length; i++) {
                    total[i] += tally[i];
                }
            });
            communes.add(of(commune, null, total));
        });
        return new Report(List.copyOf(villages), List.copyOf(communes), List.of());
    }

    static Coverage of(final String commune, final String village, final long[] t) {
        final long played = t[Outcome.PLAYED.ordinal()];
        final long missed = t[Outcome.MISSED.ordinal()];
        final long canceled = t[Outcome.CANCELED.ordinal()];
        final long pending = t[Outcome.PENDING.ordinal()];
        return new Coverage(commune, village, played + missed + canceled + pending, played, missed, canceled,
                pending, percent(played, played + missed));
    }

    static BigDecimal percent(final long part, final long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
