package vn.loa.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.loa.area.AreaScope;
import vn.loa.broadcast.DeliveryState;
import vn.loa.error.InvalidInputException;
import vn.loa.web.TimeFormat;

/**
 * What an official asked the broadcast log for, validated. Every bound is on the broadcast's scheduled time
 * ({@code playAt}). {@code from} and {@code to} take an ISO-8601 instant with offset
 * ({@code 2026-12-06T06:00:00+07:00}; {@code to} exclusive) or a calendar date in {@link #ZONE}
 * ({@code 06/12/2026} as people type it, or {@code 2026-12-06}: {@code from} is that day's start, {@code to}
 * includes that whole day). Null fields do not filter.
 *
 * @param states empty for every state
 * @param scope  the areas whose receivers the caller may see: {@link #parse} gives none, so every caller must name
 *               the user's scope with {@link #within} or see nothing
 */
public record LogFilter(Instant from, Instant to, String commune, String village, String receiver, Long bulletinId,
        Set<DeliveryState> states, AreaScope scope) {

    /** Communes are in Vietnam: calendar days are counted there, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final LogFilter ALL = new LogFilter(null, null, null, null, null, null, Set.of(),
            AreaScope.EVERYWHERE);

    public LogFilter {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("invalid-range", "'to' must be after 'from'");
        }
        if (bulletinId != null && bulletinId <= 0) {
            throw new InvalidInputException("invalid-bulletin", "'bulletin' must be a positive bulletin id");
        }
        commune = blankToNull(commune);
        village = blankToNull(village);
        receiver = blankToNull(receiver);
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        scope = scope == null ? AreaScope.NOWHERE : scope;
    }

    /**
     * Parses the query parameters of {@code /api/logs} and the log page.
     *
     * @param states state names, any case; each may itself be a comma-separated list ({@code state=played,failed})
     * @throws InvalidInputException naming the bad parameter
     */
    public static LogFilter parse(final String from, final String to, final String commune, final String village,
            final String receiver, final String bulletin, final Collection<String> states) {
        return new LogFilter(start("from", from), end("to", to), commune, village, receiver, bulletinId(bulletin),
                states(states), AreaScope.NOWHERE);
    }

    /** Same filter, limited to the receivers in {@code areas} (a user's {@code AreaGuard.scope}). */
    public LogFilter within(final AreaScope areas) {
        return new LogFilter(from, to, commune, village, receiver, bulletinId, states, areas);
    }

    /** Same filter on another time range (the chart and the coverage default to recent days). */
    public LogFilter withRange(final Instant newFrom, final Instant newTo) {
        return new LogFilter(newFrom, newTo, commune, village, receiver, bulletinId, states, scope);
    }

    /** The state names, lower case, sorted: for links that repeat this filter. */
    public List<String> stateNames() {
        final List<String> names = new ArrayList<>();
        for (DeliveryState s : new TreeSet<>(states)) {
            names.add(s.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static Instant start(final String name, final String value) {
        return time(name, value, false);
    }

    static Instant end(final String name, final String value) {
        return time(name, value, true);
    }

    private static Instant time(final String name, final String value, final boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        final String v = value.strip();
        try {
            if (TimeFormat.looksLikeDay(v)) {
                final LocalDate day = TimeFormat.parseDay(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException("invalid-time", "'" + name + "' must be a date such as 06/12/2026 "
                    + "(or 2026-12-06) or an ISO-8601 time with offset such as 2026-12-06T06:00:00+07:00");
        }
    }

    private static Long bulletinId(final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-bulletin", "'bulletin' must be a positive bulletin id");
        }
    }

    private static Set<DeliveryState> states(final Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        final EnumSet<DeliveryState> out = EnumSet.noneOf(DeliveryState.class);
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                final String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    out.add(DeliveryState.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("invalid-state", "'state' must be one of "
                            + String.join(", ", stateList()) + ", got '" + part.strip() + "'");
                }
            }
        }
        return out;
    }

    private static List<String> stateList() {
        final List<String> names = new ArrayList<>();
        for (DeliveryState s : DeliveryState.values()) {
            names.add(s.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
