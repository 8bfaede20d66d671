package vn.loa.testbroadcast;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.QuietHoursPolicy;
import vn.loa.audio.SpeechSettings;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.BroadcastService;
import vn.loa.broadcast.DispatchConfig;
import vn.loa.broadcast.QuietHoursRefused;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.BulletinState;
import vn.loa.bulletin.Priority;
import vn.loa.error.InvalidInputException;
import vn.loa.programme.ProgrammeConfig;
import vn.loa.programme.Recurrence;
import vn.loa.programme.Series;
import vn.loa.programme.SeriesRequest;
import vn.loa.programme.SeriesService;
import vn.loa.programme.SeriesState;

/**
 * Test schedules per area (issue 10 item 5). A schedule that is on runs as an ordinary recurring series
 * ({@link SeriesService}) of a system TEST bulletin targeting the whole area, so every test is a broadcast with a
 * delivery per receiver and the dispatcher, quiet hours and logs treat it like any other.
 *
 * <p><b>Approval.</b> Nothing plays unapproved: the test bulletin's text is fixed by Loa ({@link TestText}), its author
 * is {@link Bulletin#SYSTEM_TEST_AUTHOR} (no user can edit it), and the administrator who switches the schedule on
 * approves it by doing so; the bulletin's creation and approval and the schedule change are in the audit trail
 * under that administrator's name.
 *
 * <p><b>Quiet hours.</b> Tests are routine: a schedule any of whose tests (start to end of its audio) falls into the
 * quiet hours of the area or of a place under it is refused whole ({@code quiet-hours}, naming the window).
 *
 * <p><b>Changes.</b> Changing or switching off ends the running series from its next test that is not already under
 * way ({@code loa.programme.edit-lead}); a test closer than that plays as planned.
 */
@ApplicationScoped
public class TestScheduleService {

    private static final Logger LOG = Logger.getLogger(TestScheduleService.class);
    /** Assumed length of a test when its audio cannot be estimated yet (chime, sentence twice, chime). */
    private static final long FALLBACK_LENGTH_MS = 30_000;

    @Inject
    Clock clock;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory areas;

    @Inject
    QuietHoursPolicy quietHours;

    @Inject
    BulletinService bulletins;

    @Inject
    SeriesService series;

    @Inject
    BroadcastService broadcasts;

    @Inject
    ProgrammeConfig programme;

    @Inject
    DispatchConfig dispatch;

    @Inject
    AuditTrail audit;

    /** The schedule of an area the user may see; 403 {@code outside-area} otherwise. */
    public TestScheduleView get(final long areaId, final String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            guard.requireWithin(username, areaId);
            final String path = areas.path(areaId);
            final TestSchedule s = TestSchedule.find("areaId", areaId).firstResult();
            return s == null ? TestScheduleView.none(areaId, path) : TestScheduleView.of(s, path, next(s));
        });
    }

    /**
     * Sets an area's schedule. Everything is checked before anything is stored: a refused schedule leaves the old
     * one running.
     *
     * @throws InvalidInputException {@code invalid-language}, {@code start-in-past}, anything {@link Recurrence#of}
     *                               refuses, {@code no-receivers-in-area} (nothing to test), {@code quiet-hours}
     */
    public TestScheduleView set(final long areaId, final String admin, final TestScheduleRequest r) {
        final String language = TestText.check(r.language());
        final Instant start = r.start().toInstant().truncatedTo(ChronoUnit.SECONDS);
        final Optional<Bulletin> reusable = QuarkusTransaction.requiringNew().call(() -> {
            guard.requireWithin(admin, areaId);
            areas.get(areaId);
            if (!r.enabled()) {
                return Optional.<Bulletin>empty();
            }
            final Instant now = clock.instant();
            if (start.isBefore(now)) {
                throw new InvalidInputException("start-in-past", "start " + r.start() + " is in the past");
            }
            final Recurrence rec = Recurrence.of(start, r.rrule(), null, new Recurrence.Limits(
                    programme.maxOccurrences(), programme.minGap(), now.plus(dispatch.maxAhead())));
            broadcasts.checkTargets(admin, areaTargets(areaId));
            final Optional<Bulletin> current = currentBulletin(areaId, language);
            requireOutsideQuietHours(areaId, rec.occurrences(), current.map(b -> b.audioDurationMs)
                    .orElseGet(() -> estimateMs(language)));
            return current;
        });
        final Long bulletinId = !r.enabled() ? null : reusable.map(b -> b.id).orElseGet(() -> bulletins
                .createSystemTest(admin, TestText.title(language), TestText.sentence(language), language, areaId).id);
        final TestSchedule saved = QuarkusTransaction.requiringNew().call(() -> store(areaId, admin, r, language,
                start, bulletinId));
        return get(saved.areaId, admin);
    }

    private TestSchedule store(final long areaId, final String admin, final TestScheduleRequest r,
            final String language, final Instant start, final Long bulletinId) {
        final Instant now = clock.instant();
        TestSchedule s = TestSchedule.find("areaId", areaId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (s == null) {
            s = new TestSchedule();
            s.areaId = areaId;
        }
        final Long ended = s.seriesId;
        if (s.seriesId != null) {
            endRunning(s.seriesId, admin);
            s.seriesId = null;
        }
        s.firstStart = start;
        s.rrule = r.rrule().strip();
        s.language = language;
        s.validityMinutes = r.validity();
        s.enabled = r.enabled();
        s.updatedBy = admin;
        s.updatedAt = now;
        if (r.enabled()) {
            s.bulletinId = bulletinId;
            final Series made = series.create(admin, new SeriesRequest(bulletinId, areaTargets(areaId),
                    start.atOffset(ZoneOffset.UTC), s.rrule, null, s.validityMinutes));
            s.seriesId = made.id;
            TestSeries.of(made.id, areaId, now).persist();
        }
        s.persist();
        audit.record(admin, r.enabled() ? "test-schedule.enabled" : "test-schedule.disabled", "area",
                String.valueOf(areaId), AuditTrail.json("start", s.firstStart, "rrule", s.rrule, "language",
                        s.language, "validityMinutes", s.validityMinutes, "bulletinId", s.bulletinId, "seriesId",
                        s.seriesId, "endedSeriesId", ended));
        LOG.infof("test schedule of area %d %s by %s (series %s)", areaId, r.enabled() ? "set" : "switched off",
                admin, s.seriesId);
        return s;
    }

    /** The whole area: every receiver in it and the places under it, as each test is made. */
    private static BroadcastRequest.Targets areaTargets(final long areaId) {
        return new BroadcastRequest.Targets(null, null, null, List.of(areaId));
    }

    /** Ends a running series from its first test not yet under way; one already under way plays as planned. */
    private void endRunning(final long seriesId, final String admin) {
        final Series s = Series.findById(seriesId);
        if (s == null || s.state == SeriesState.ENDED) {
            return;
        }
        final Instant cut = clock.instant().plus(programme.editLead()).plusSeconds(1);
        stored(s).occurrences().stream().filter(t -> !t.isBefore(cut)).findFirst()
                .ifPresent(t -> series.end(seriesId, admin, t.atOffset(ZoneOffset.UTC)));
    }

    private List<Instant> next(final TestSchedule s) {
        if (!s.enabled || s.seriesId == null) {
            return List.of();
        }
        final Series running = Series.findById(s.seriesId);
        final Instant now = clock.instant();
        return running == null ? List.of() : stored(running).occurrences().stream()
                .filter(t -> !t.isBefore(now) && (running.endsBefore == null || t.isBefore(running.endsBefore)))
                .limit(5).toList();
    }

    private static Recurrence stored(final Series s) {
        return Recurrence.of(s.firstStart, s.rrule, s.exdate,
                new Recurrence.Limits(Integer.MAX_VALUE / 2, Duration.ZERO, null));
    }

    /** The area's approved test bulletin in this language, if it has one already: no need to approve it again. */
    private static Optional<Bulletin> currentBulletin(final long areaId, final String language) {
        final TestSchedule s = TestSchedule.find("areaId", areaId).firstResult();
        if (s == null || s.bulletinId == null) {
            return Optional.empty();
        }
        final Bulletin b = Bulletin.findById(s.bulletinId);
        return b != null && b.state == BulletinState.APPROVED && language.equals(b.language)
                && b.audioDurationMs != null ? Optional.of(b) : Optional.empty();
    }

    private long estimateMs(final String language) {
        return bulletins.estimate(TestText.sentence(language), language, SpeechSettings.DEFAULT, Priority.ROUTINE)
                .map(BulletinService.OnAir::ms).orElse(FALLBACK_LENGTH_MS);
    }

    /** Every test, from its start to the end of its audio, outside the quiet hours of the area and every place in it. */
    private void requireOutsideQuietHours(final long areaId, final List<Instant> tests, final long lengthMs) {
        final QuietHoursPolicy.Resolver resolver = quietHours.resolver();
        final DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        final DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        for (Long id : areas.subtreeIds(areaId)) {
            final Optional<QuietHoursPolicy.Effective> window = resolver.effective(id);
            if (window.isEmpty()) {
                continue;
            }
            for (Instant t : tests) {
                final Instant end = t.plusMillis(lengthMs);
                if (window.get().window().overlaps(t, end, QuietHoursPolicy.ZONE)) {
                    throw new QuietHoursRefused(window.get().window().toString(), window.get().areaPath(),
                            when.format(t.atZone(QuietHoursPolicy.ZONE)) + "–"
                                    + hhmm.format(end.atZone(QuietHoursPolicy.ZONE)), "routine test");
                }
            }
        }
    }
}
