package vn.loa.receiver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets file of an import made on the page, kept in memory (never stored) for {@link #LIFETIME} until the
 * administrator who made it downloads it once; after that, or after a restart, it is gone and new secrets must be
 * issued receiver by receiver. Keeps at most {@link #MAX_FILES} files.
 */
@ApplicationScoped
public class ImportDownloads {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final int MAX_FILES = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String user, String csv, int count, Instant madeAt) {
    }

    private final Map<String, Entry> files = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Keeps {@code csv} for {@code user}; returns the one-time key of its download. */
    String keep(final String user, final String csv, final int count) {
        final Instant now = clock.instant();
        files.values().removeIf(e -> e.madeAt().isBefore(now.minus(LIFETIME)));
        if (files.size() >= MAX_FILES) {
            files.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Entry::madeAt)))
                    .ifPresent(e -> files.remove(e.getKey()));
        }
        final byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        final String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        files.put(key, new Entry(user, csv, count, now));
        return key;
    }

    /** How many receivers the file lists, while it is still there for {@code user}. */
    Optional<Integer> count(final String key, final String user) {
        final Entry e = files.get(key);
        return e == null || !e.user().equals(user) || e.madeAt().isBefore(clock.instant().minus(LIFETIME))
                ? Optional.empty() : Optional.of(e.count());
    }

    /** The file, once: it is forgotten as it is handed out. Empty for anyone but its maker. */
    Optional<String> take(final String key, final String user) {
        final Entry[] taken = new Entry[1];
        files.computeIfPresent(key, (k, e) -> {
            if (!e.user().equals(user)) {
                return e;
            }
            taken[0] = e;
            return null;
        });
        return taken[0] == null || taken[0].madeAt().isBefore(clock.instant().minus(LIFETIME)) ? Optional.empty()
                : Optional.of(taken[0].csv());
    }
}
