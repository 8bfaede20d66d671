package vn.loa.testbroadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.Delivery;
import vn.loa.error.NotFoundException;
import vn.loa.receiver.Receiver;

/**
 * Test reports (issue 10 item 5), read from the test broadcasts' deliveries, which the controller stores anyway: a
 * test broadcast is one of a series some test schedule ran ({@link TestSeries}). Nothing is stored for a report.
 */
@ApplicationScoped
public class TestReports {

    @Inject
    Clock clock;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory areas;

    /** One test broadcast's report; 404 unless it is a test of an area within the user's. */
    @Transactional
    public TestReport report(final long broadcastId, final String username) {
        final Broadcast b = Broadcast.findById(broadcastId);
        final TestSeries link = b == null || b.seriesId == null ? null : TestSeries.findById(b.seriesId);
        if (link == null || !guard.scope(username).contains(link.areaId)) {
            throw new NotFoundException("test-report", broadcastId);
        }
        return build(b, link.areaId);
    }

    /**
     * The latest test that has come due in each area with test broadcasts, within {@code areaId} (null: the user's
     * whole area); newest first. 403 {@code outside-area} for an area outside the user's.
     */
    @Transactional
    public List<TestReport> latest(final Long areaId, final String username) {
        final AreaScope scope = guard.scope(username);
        if (areaId != null) {
            guard.requireWithin(username, areaId);
        }
        final java.util.Set<Long> within = areaId == null ? null : areas.subtreeIds(areaId);
        final Instant now = clock.instant();
        final List<TestReport> out = new ArrayList<>();
        for (Long area : TestSeries.<TestSeries>listAll().stream().map(t -> t.areaId).distinct().toList()) {
            if (!scope.contains(area) || within != null && !within.contains(area)) {
                continue;
            }
            latestTest(area, now).ifPresent(b -> out.add(build(b, area)));
        }
        out.sort(Comparator.comparing(TestReport::playAt).reversed());
        return out;
    }

    private static Optional<Broadcast> latestTest(final long areaId, final Instant now) {
        return Broadcast.<Broadcast>find("seriesId in (select t.seriesId from TestSeries t where t.areaId = ?1) "
                + "and playAt <= ?2 and canceledAt is null order by playAt desc", areaId, now).firstResultOptional();
    }

    private TestReport build(final Broadcast b, final long areaId) {
        final List<Delivery> deliveries = Delivery.list("broadcastId = ?1 order by receiverId", b.id);
        final Map<String, Receiver> receivers = new HashMap<>();
        if (!deliveries.isEmpty()) {
            Receiver.<Receiver>list("id in ?1", deliveries.stream().map(d -> d.receiverId).toList())
                    .forEach(r -> receivers.put(r.id, r));
        }
        final Instant now = clock.instant();
        boolean complete = !now.isBefore(b.expiresAt);
        int played = 0;
        final List<TestReport.Missed> missed = new ArrayList<>();
        for (Delivery d : deliveries) {
            final Receiver r = receivers.get(d.receiverId);
            final boolean offline = MissReason.offlineAt(r != null && r.online, r == null ? null : r.lastSeenAt,
                    d.receivedAt, b.playAt);
            final MissReason reason = MissReason.of(d.state, d.detail, offline);
            if (reason == null) {
                played++;
                continue;
            }
            missed.add(new TestReport.Missed(d.receiverId, r == null ? d.receiverId : r.name,
                    r == null ? null : r.village, r == null ? null : r.commune, reason, d.state.name(), d.detail));
        }
        if (!complete) {
            complete = deliveries.stream().allMatch(d -> d.state.isFinal());
        }
        return new TestReport(b.id, areaId, areas.path(areaId), b.playAt, b.expiresAt, complete, deliveries.size(),
                played, missed);
    }

    /**
     * For each of these receivers whose last settled test (final report, or validity run out) did not play, the
     * reason; receivers that played their last test or never had one are absent.
     */
    @Transactional
    public Map<String, MissReason> failedLastTest(final java.util.Collection<String> receiverIds) {
        final Map<String, MissReason> out = new HashMap<>();
        if (receiverIds.isEmpty()) {
            return out;
        }
        final Instant now = clock.instant();
        final List<Object[]> rows = Delivery.getEntityManager().createQuery(
                "select d, b.expiresAt from Delivery d, Broadcast b where d.broadcastId = b.id and b.canceledAt is null"
                        + " and b.seriesId in (select t.seriesId from TestSeries t) and d.receiverId in :ids"
                        + " and d.playAt <= :now order by d.playAt desc", Object[].class)
                .setParameter("ids", receiverIds).setParameter("now", now).getResultList();
        final Map<String, Receiver> receivers = new HashMap<>();
        Receiver.<Receiver>list("id in ?1", List.copyOf(receiverIds)).forEach(r -> receivers.put(r.id, r));
        final java.util.Set<String> settled = new java.util.HashSet<>();
        for (Object[] row : rows) {
            final Delivery d = (Delivery) row[0];
            final Instant expiresAt = (Instant) row[1];
            if (settled.contains(d.receiverId) || !d.state.isFinal() && now.isBefore(expiresAt)) {
                continue;
            }
            settled.add(d.receiverId);
            final Receiver r = receivers.get(d.receiverId);
            final MissReason reason = MissReason.of(d.state, d.detail, MissReason.offlineAt(r != null && r.online,
                    r == null ? null : r.lastSeenAt, d.receivedAt, d.playAt));
            if (reason != null) {
                out.put(d.receiverId, reason);
            }
        }
        return out;
    }
}
