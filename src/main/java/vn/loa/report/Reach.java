package vn.loa.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.broadcast.DeliveryState;
import vn.loa.receiver.ServedVillage;

/**
 * A village reached through another village's receiver, by FM or wire (issue 16 item 5): the deliveries of that
 * receiver counted for the village it serves, with the same arithmetic as {@link Coverage} ({@code percent =
 * played / (played + missed)}). A village served by two receivers has two lines, one through each.
 *
 * @param commune and {@code village}: the served village and its commune (area names)
 * @param receiverId and {@code receiverName}, {@code receiverVillage}: the receiver it is reached through
 * @param medium {@code FM} or {@code WIRE}
 */
public record Reach(String commune, String village, String receiverId, String receiverName, String receiverVillage,
        String medium, long planned, long played, long missed, long canceled, long pending, BigDecimal percent) {

    /** One group of the store's answer. */
    public record Count(String commune, String village, String receiverId, String receiverName,
            String receiverVillage, ServedVillage.Medium medium, DeliveryState state, long deliveries) {
    }

    static List<Reach> of(final List<Count> counts) {
        final Map<List<String>, long[]> tallies = new LinkedHashMap<>();
        for (Count c : counts) {
            final List<String> key = List.of(c.commune(), c.village(), c.receiverId(), c.receiverName(),
                    c.receiverVillage(), c.medium().name());
            tallies.computeIfAbsent(key, k -> new long[Outcome.values().length])[Outcome.of(c.state()).ordinal()]
                    += c.deliveries();
        }
        final List<Reach> lines = new ArrayList<>();
        tallies.forEach((k, t) -> {
            final Coverage c = Coverage.of(k.get(0), k.get(1), t);
            lines.add(new Reach(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), k.get(5), c.planned(), c.played(),
                    c.missed(), c.canceled(), c.pending(), c.percent()));
        });
        lines.sort(Comparator.comparing(Reach::commune).thenComparing(Reach::village).thenComparing(Reach::receiverId));
        return List.copyOf(lines);
    }
}
