package vn.loa.broadcast;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.loa.receiver.Receiver;

/**
 * The receiver registry as the schedule page shows it: communes, their villages, their receivers, each with a
 * checkbox. A village's form value names its commune too ({@link #villageValue}), since village names repeat.
 */
record TargetTree(List<Commune> communes) {

    record Commune(String name, List<Village> villages) {
    }

    record Village(String commune, String name, String value, List<Receiver> receivers) {
    }

    static TargetTree of(final List<Receiver> receivers) {
        final Map<String, Map<String, List<Receiver>>> tree = new TreeMap<>();
        for (Receiver r : receivers) {
            tree.computeIfAbsent(r.commune, c -> new TreeMap<>()).computeIfAbsent(r.village, v -> new ArrayList<>())
                    .add(r);
        }
        final List<Commune> communes = new ArrayList<>();
        tree.forEach((commune, villages) -> {
            final List<Village> vs = new ArrayList<>();
            villages.forEach((village, rs) -> vs.add(new Village(commune, village, villageValue(commune, village), rs)));
            communes.add(new Commune(commune, vs));
        });
        return new TargetTree(communes);
    }

    /** {@code commune|village}, each part URL-encoded so a {@code |} in a name cannot split it wrongly. */
    static String villageValue(final String commune, final String village) {
        return URLEncoder.encode(commune, StandardCharsets.UTF_8) + "|" + URLEncoder.encode(village, StandardCharsets.UTF_8);
    }

    /** The inverse of {@link #villageValue}; throws {@link IllegalArgumentException} for anything else. */
    static BroadcastRequest.Village parseVillage(final String value) {
        final int bar = value == null ? -1 : value.indexOf('|');
        if (bar < 0 || value.indexOf('|', bar + 1) >= 0) {
            throw new IllegalArgumentException("not a village value: " + value);
        }
        return new BroadcastRequest.Village(URLDecoder.decode(value.substring(0, bar), StandardCharsets.UTF_8),
                URLDecoder.decode(value.substring(bar + 1), StandardCharsets.UTF_8));
    }

    public boolean isEmpty() {
        return communes.isEmpty();
    }
}
