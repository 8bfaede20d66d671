package vn.loa.programme;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import vn.loa.error.InvalidInputException;

/**
 * The occurrences of an RFC 5545 recurrence (RFC 5545 3.3.10 RRULE, 3.8.5.1 EXDATE) from a first start, read in
 * Asia/Ho_Chi_Minh (no daylight saving time: every day has 24 hours). The rule is parsed and expanded by
 * {@code org.dmfs:lib-recur} in its strict RFC 5545 mode; this class only adds Loa's limits. The first start anchors
 * the rule (its time of day, its weekday); as lib-recur does, an occurrence is an instant the rule yields at or after
 * it, so a start that the rule does not match is not itself an occurrence. EXDATE removes instants after the rule's
 * COUNT is counted (RFC 5545 3.8.5.1). Only this class imports lib-recur.
 *
 * <p>A recurrence exists only within the limits: a bounded rule (COUNT or UNTIL), at most
 * {@link Limits#maxOccurrences()} occurrences, none later than {@link Limits#latest()}, consecutive ones at least
 * {@link Limits#minGap()} apart, and at least one. {@link #of} refuses anything else with an
 * {@link InvalidInputException} whose code says which rule was broken.
 */
public final class Recurrence {

    /** The zone every rule is read in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TimeZone TZ = TimeZone.getTimeZone(ZONE);
    /** Longest RRULE or EXDATE text accepted (characters). */
    public static final int MAX_TEXT = 1000;

    /**
     * @param maxOccurrences most occurrences over the series' life
     * @param minGap         shortest distance between two consecutive occurrences
     * @param latest         no occurrence may start after this instant; null: no bound (a stored, checked series)
     */
    public record Limits(int maxOccurrences, Duration minGap, Instant latest) {
    }

    private final Instant start;
    private final String rrule;
    private final String exdate;
    private final List<Instant> occurrences;

    private Recurrence(final Instant start, final String rrule, final String exdate, final List<Instant> occurrences) {
        this.start = start;
        this.rrule = rrule;
        this.exdate = exdate;
        this.occurrences = occurrences;
    }

    /**
     * @param start  the first start (milliseconds are dropped: occurrences fall on whole seconds)
     * @param rrule  the rule's value, with or without the {@code RRULE:} name
     * @param exdate comma-separated date-times ({@code 20261210T060000} in Vietnam's time, or {@code ...Z} in UTC),
     *               with or without the {@code EXDATE:} name; null or blank for none
     * @throws InvalidInputException {@code invalid-rrule}, {@code unbounded-rrule}, {@code invalid-exdate},
     *                               {@code exdate-not-an-occurrence}, {@code too-many-occurrences},
     *                               {@code occurrences-too-close}, {@code series-too-long}, {@code no-occurrences}
     */
    public static Recurrence of(final Instant start, final String rrule, final String exdate, final Limits limits) {
        final Instant first = start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        final String ruleText = value(rrule, "RRULE");
        if (ruleText.isEmpty()) {
            throw new InvalidInputException("invalid-rrule", "rrule is required, e.g. FREQ=DAILY;COUNT=10");
        }
        if (ruleText.length() > MAX_TEXT) {
            throw new InvalidInputException("invalid-rrule", "rrule is longer than " + MAX_TEXT + " characters");
        }
        final RecurrenceRule rule;
        try {
            rule = new RecurrenceRule(ruleText, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            throw new InvalidInputException("invalid-rrule",
                    "rrule is not an RFC 5545 recurrence rule: " + e.getMessage());
        }
        if (rule.isInfinite()) {
            throw new InvalidInputException("unbounded-rrule", "rrule " + ruleText
                    + " never ends: give COUNT (at most " + limits.maxOccurrences() + ") or UNTIL");
        }
        if (rule.getCount() != null && rule.getCount() > limits.maxOccurrences()) {
            throw tooMany(limits);
        }
        final Set<Instant> excluded = exdates(value(exdate, "EXDATE"));
        final List<Instant> found = new ArrayList<>();
        final Set<Instant> matched = new LinkedHashSet<>();
        try {
            final RecurrenceRuleIterator it = rule.iterator(new DateTime(TZ, first.toEpochMilli()));
            // COUNT counts excluded instants too, so the bound on what the rule yields is the limit plus the EXDATEs
            final int yieldLimit = limits.maxOccurrences() + excluded.size();
            int yielded = 0;
            while (it.hasNext()) {
                final Instant at = Instant.ofEpochMilli(it.nextMillis());
                if (++yielded > yieldLimit) {
                    throw tooMany(limits);
                }
                if (limits.latest() != null && at.isAfter(limits.latest())) {
                    throw new InvalidInputException("series-too-long", "the occurrence at " + at
                            + " is later than " + limits.latest() + ": a series may not reach further ahead than a"
                            + " single broadcast");
                }
                if (excluded.contains(at)) {
                    matched.add(at);
                    continue;
                }
                if (!found.isEmpty() && Duration.between(found.get(found.size() - 1), at)
                        .compareTo(limits.minGap()) < 0) {
                    throw new InvalidInputException("occurrences-too-close", "occurrences at "
                            + found.get(found.size() - 1) + " and " + at + " are closer than " + limits.minGap());
                }
                found.add(at);
                if (found.size() > limits.maxOccurrences()) {
                    throw tooMany(limits);
                }
            }
        } catch (IllegalArgumentException e) {
            // lib-recur gives up on a rule whose filters reject every candidate (BYMONTH=2;BYMONTHDAY=30)
            throw new InvalidInputException("no-occurrences", "rrule " + ruleText + " yields no occurrence");
        }
        for (Instant x : excluded) {
            if (!matched.contains(x)) {
                throw new InvalidInputException("exdate-not-an-occurrence", "EXDATE " + x
                        + " is not an occurrence of the rule; nothing to leave out there");
            }
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("no-occurrences", "rrule " + ruleText + " from " + first
                    + " yields no occurrence" + (excluded.isEmpty() ? "" : " that EXDATE leaves in"));
        }
        return new Recurrence(first, ruleText, excluded.isEmpty() ? null : value(exdate, "EXDATE"),
                Collections.unmodifiableList(found));
    }

    private static InvalidInputException tooMany(final Limits limits) {
        return new InvalidInputException("too-many-occurrences", "a series may have at most "
                + limits.maxOccurrences() + " occurrences; shorten COUNT or UNTIL");
    }

    private static Set<Instant> exdates(final String text) {
        final Set<Instant> out = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return out;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("invalid-exdate", "exdate is longer than " + MAX_TEXT + " characters");
        }
        for (String part : text.split(",", -1)) {
            final DateTime d;
            try {
                d = DateTime.parse(TZ, part.strip());
            } catch (RuntimeException e) {
                throw new InvalidInputException("invalid-exdate", "EXDATE " + part.strip()
                        + " is not an RFC 5545 date-time such as 20261210T060000");
            }
            if (d.isAllDay()) {
                throw new InvalidInputException("invalid-exdate", "EXDATE " + part.strip()
                        + " is a date; give the occurrence's date and time, e.g. " + part.strip() + "T060000");
            }
            out.add(Instant.ofEpochMilli(d.getTimestamp()));
        }
        return out;
    }

    /** The property's value: {@code RRULE:FREQ=DAILY} and {@code FREQ=DAILY} are the same rule. */
    private static String value(final String text, final String name) {
        if (text == null) {
            return "";
        }
        final String s = text.strip();
        return s.toUpperCase(Locale.ROOT).startsWith(name + ":") ? s.substring(name.length() + 1).strip() : s;
    }

    public Instant start() {
        return start;
    }

    /** The rule as given, without the {@code RRULE:} name. */
    public String rrule() {
        return rrule;
    }

    /** The EXDATE value as given, or null. */
    public String exdate() {
        return exdate;
    }

    /** Every occurrence, in order. */
    public List<Instant> occurrences() {
        return occurrences;
    }

    /** The occurrences in {@code [from, to)}. */
    public List<Instant> between(final Instant from, final Instant to) {
        return occurrences.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).toList();
    }
}
