package vn.loa.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.BroadcastService;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.bulletin.Bulletin;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * Recurring series: the plan is a {@link Series}; each occurrence up to {@code loa.dispatch.horizon} ahead becomes an
 * ordinary broadcast through {@link BroadcastService#createOccurrence}, so the rules of a one-off broadcast (approved
 * bulletin, targets in the author's area, validity) hold for every occurrence and what played stays in the
 * broadcasts' deliveries. Expansion runs at creation and on a timer; the series row is locked while it runs and the
 * database's unique key (series, occurrence start) stops a second copy even from another controller instance.
 *
 * <p>"From this occurrence on" (a change or an end) never rewrites a rule: the series ends before that occurrence,
 * its broadcasts from there on are withdrawn through {@link BroadcastCancellation} (receivers that hold them get a
 * cancel), and a change starts a new series there. An occurrence that starts sooner than {@code loa.programme.edit-lead}
 * cannot be the cut: its commands are out and it plays as planned. Past occurrences and their logs never change.
 */
@ApplicationScoped
public class SeriesService {

    private static final Logger LOG = Logger.getLogger(SeriesService.class);

    @Inject
    Clock clock;

    @Inject
    ProgrammeConfig config;

    @Inject
    DispatchConfig dispatch;

    @Inject
    BroadcastService broadcasts;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    vn.loa.area.AreaGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    /** Checks everything first: a refused series leaves nothing behind. */
    @Transactional
    public Series create(final String by, final SeriesRequest r) {
        return create(by, r, null, null);
    }

    private Series create(final String by, final SeriesRequest r, final Long parentId, final Instant notBefore) {
        final Instant now = clock.instant();
        final Instant start = r.start().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (start.isBefore(now)) {
            throw new InvalidInputException("start-in-past", "start " + r.start() + " is in the past");
        }
        if (notBefore != null && start.isBefore(notBefore)) {
            throw new InvalidInputException("start-before-split", "the new series must start at or after "
                    + notBefore + ", the occurrence it replaces the old series from");
        }
        final Duration validity = validity(r);
        final Recurrence rec = Recurrence.of(start, r.rrule(), r.exdate(), limits(now));
        broadcasts.check(by, r.bulletinId(), r.targets());

        final Series s = new Series();
        s.bulletinId = r.bulletinId();
        s.targets = toJson(r.targets());
        s.firstStart = rec.start();
        s.rrule = rec.rrule();
        s.exdate = rec.exdate();
        s.validityMs = validity.toMillis();
        s.parentId = parentId;
        s.state = SeriesState.ACTIVE;
        s.createdBy = by;
        s.createdAt = now;
        s.persist();
        audit.record(by, "series.created", "series", String.valueOf(s.id), AuditTrail.json("bulletinId", s.bulletinId,
                "start", s.firstStart, "rrule", s.rrule, "exdate", s.exdate, "validityMinutes", validity.toMinutes(),
                "occurrences", rec.occurrences().size(), "parentId", parentId, "targets", s.targets));
        expand(s, rec, now);
        return s;
    }

    /** A series the user may see: its bulletin lies in their area; 404 otherwise. */
    public Series get(final long id, final String username) {
        final Series s = Series.findById(id);
        if (s == null) {
            throw new NotFoundException("series", id);
        }
        final Bulletin b = Bulletin.findById(s.bulletinId);
        if (b == null || !guard.scope(username).contains(b.areaId)) {
            throw new NotFoundException("series", id);
        }
        return s;
    }

    /** The series' occurrences with their broadcasts, for {@link SeriesView}. */
    public SeriesView view(final Series s) {
        final List<Broadcast> made = Broadcast.list("seriesId = ?1 order by occurrenceAt", s.id);
        final Series next = Series.find("parentId", s.id).firstResult();
        return SeriesView.of(s, stored(s).occurrences(), made, next == null ? null : next.id);
    }

    /**
     * Ends the series before its occurrence {@code from} and starts {@code r} there.
     *
     * @throws InvalidInputException {@code not-an-occurrence}, {@code start-before-split}, or anything
     *                               {@link #create} refuses
     * @throws ConflictException     {@code occurrence-under-way}, {@code series-ended}
     */
    @Transactional
    public Series split(final long id, final String by, final OffsetDateTime from, final SeriesRequest r) {
        final Series old = lockVisible(id, by);
        final Instant cut = endFrom(old, by, from, "series.split");
        final Series next = create(by, r, old.id, cut);
        LOG.infof("series %d split at %s by %s: continued by series %d", old.id, cut, by, next.id);
        return next;
    }

    /** Ends the series before its occurrence {@code from}; its broadcasts from there on are withdrawn. */
    @Transactional
    public Series end(final long id, final String by, final OffsetDateTime from) {
        final Series s = lockVisible(id, by);
        endFrom(s, by, from, "series.ended");
        return s;
    }

    private Series lockVisible(final long id, final String by) {
        get(id, by);
        return Series.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Instant endFrom(final Series s, final String by, final OffsetDateTime from, final String action) {
        if (from == null) {
            throw new InvalidInputException("invalid-from", "from must name an occurrence, e.g. "
                    + "?from=2026-12-10T06:00:00%2B07:00");
        }
        final Instant cut = from.toInstant();
        final Instant now = clock.instant();
        if (s.endsBefore != null && !cut.isBefore(s.endsBefore)) {
            throw new ConflictException("series-ended", "series " + s.id + " has no occurrence from " + from
                    + ": it ended before " + s.endsBefore);
        }
        if (!stored(s).occurrences().contains(cut)) {
            throw new InvalidInputException("not-an-occurrence", from + " is not an occurrence of series " + s.id);
        }
        if (cut.isBefore(now.plus(config.editLead()))) {
            throw new ConflictException("occurrence-under-way", "the occurrence at " + from + " starts in less than "
                    + config.editLead().toMinutes() + " minute(s) or has started; it plays as planned. Change the series"
                    + " from a later occurrence");
        }
        s.endsBefore = cut;
        s.state = SeriesState.ENDED;
        s.endedBy = by;
        s.endedAt = now;
        final String reason = "series " + s.id + " changed or ended from " + cut + " by " + by;
        int withdrawn = 0;
        for (Broadcast b : Broadcast.<Broadcast>list("seriesId = ?1 and occurrenceAt >= ?2 and canceledAt is null",
                s.id, cut)) {
            // checked first: a refused cancel inside this transaction would roll the whole change back
            if (cancellation.hasOpenDeliveries(b.id)) {
                cancellation.cancel(b.id, by, reason);
                withdrawn++;
            }
        }
        audit.record(by, action, "series", String.valueOf(s.id), AuditTrail.json("from", cut,
                "withdrawnBroadcasts", withdrawn));
        return cut;
    }

    /**
     * One round of the timer: every running series gets its occurrences up to the horizon, each series in its own
     * transaction so one failing (its author lost the area, its bulletin was withdrawn) does not hold up the rest.
     *
     * @return how many broadcasts were made
     */
    public int expandDue() {
        final Instant now = clock.instant();
        final Instant to = now.plus(dispatch.horizon());
        final List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Series.<Series>list(
                "state = ?1 and (expandedTo is null or expandedTo < ?2)", SeriesState.ACTIVE, to)
                .stream().map(s -> s.id).toList());
        int made = 0;
        for (Long id : ids) {
            try {
                made += QuarkusTransaction.requiringNew().call(() -> {
                    final Series s = Series.findById(id, LockModeType.PESSIMISTIC_WRITE);
                    return s == null || s.state != SeriesState.ACTIVE ? 0 : expand(s, stored(s), clock.instant());
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "expanding series %d failed; will retry on the next round", id);
            }
        }
        return made;
    }

    /** Makes the broadcasts of the occurrences in [expandedTo, now + horizon) the series does not have yet. */
    private int expand(final Series s, final Recurrence rec, final Instant now) {
        Instant to = now.plus(dispatch.horizon());
        if (s.endsBefore != null && s.endsBefore.isBefore(to)) {
            to = s.endsBefore;
        }
        final Instant from = s.expandedTo == null ? s.firstStart : s.expandedTo;
        final Set<Instant> have = new HashSet<>(Broadcast.<Broadcast>list("seriesId", s.id).stream()
                .map(b -> b.occurrenceAt).toList());
        int made = 0;
        for (Instant at : rec.between(from, to)) {
            if (have.contains(at)) {
                continue;
            }
            // a second's margin: the broadcast's own "not in the past" check reads the clock a moment later
            if (at.isBefore(clock.instant().plusSeconds(1))) {
                LOG.warnf("series %d: occurrence at %s was not expanded before its start; skipped", s.id, at);
                continue;
            }
            broadcasts.createOccurrence(s.createdBy, new BroadcastRequest(s.bulletinId, targets(s),
                    at.atOffset(java.time.ZoneOffset.UTC), at.plus(s.validity()).atOffset(java.time.ZoneOffset.UTC)),
                    s.id, at);
            made++;
        }
        if (s.expandedTo == null || to.isAfter(s.expandedTo)) {
            s.expandedTo = to;
        }
        final List<Instant> all = rec.occurrences();
        if (s.state == SeriesState.ACTIVE && !all.get(all.size() - 1).isAfter(s.expandedTo)) {
            s.state = SeriesState.EXPANDED;
        }
        return made;
    }

    /** A stored series' rule, checked when it was made; the limits that held then are not asked again. */
    private Recurrence stored(final Series s) {
        return Recurrence.of(s.firstStart, s.rrule, s.exdate,
                new Recurrence.Limits(Integer.MAX_VALUE / 2, Duration.ZERO, null));
    }

    private Recurrence.Limits limits(final Instant now) {
        return new Recurrence.Limits(config.maxOccurrences(), config.minGap(), now.plus(dispatch.maxAhead()));
    }

    private Duration validity(final SeriesRequest r) {
        final Duration v = r.validityMinutes() == null ? dispatch.defaultValidity()
                : Duration.ofMinutes(r.validityMinutes());
        if (v.compareTo(dispatch.maxValidity()) > 0) {
            throw new InvalidInputException("expires-too-late", "validityMinutes must be at most "
                    + dispatch.maxValidity().toMinutes());
        }
        return v;
    }

    private BroadcastRequest.Targets targets(final Series s) {
        try {
            return json.readValue(s.targets, BroadcastRequest.Targets.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("series " + s.id + " has unreadable targets", e);
        }
    }

    private String toJson(final BroadcastRequest.Targets targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("targets cannot be written as JSON", e);
        }
    }
}
