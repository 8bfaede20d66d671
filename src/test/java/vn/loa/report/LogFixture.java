package vn.loa.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.Delivery;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.bulletin.Priority;
import vn.loa.receiver.Receiver;

/**
 * Writes settled deliveries straight into the store, for log tests that need known outcomes on past days (the real
 * loop, with receivers, is covered by the e2e tests). Each test uses its own commune so others' data stays out.
 */
@ApplicationScoped
public class LogFixture {

    @jakarta.inject.Inject
    vn.loa.area.AreaService areas;

    @jakarta.inject.Inject
    vn.loa.area.AreaGuard guard;

    @Transactional
    public void receiver(final String id, final String name, final String village, final String commune) {
        if (Receiver.findById(id) != null) {
            return;
        }
        final Receiver r = new Receiver();
        r.id = id;
        r.name = name;
        r.village = village;
        r.commune = commune;
        r.areaId = areas.villageByNames(commune, village).id;
        r.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        r.persist();
    }

    /** An approved bulletin (no audio: these broadcasts never go out) and its id. */
    @Transactional
    public long bulletin(final String title) {
        final Bulletin b = new Bulletin();
        b.title = title;
        b.text = title;
        b.language = "vi";
        b.priority = Priority.values()[0];
        b.state = BulletinState.APPROVED;
        b.author = "staff";
        b.areaId = guard.areaOf("staff").orElseThrow();
        b.decidedBy = "approver";
        b.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        b.updatedAt = b.createdAt;
        b.persist();
        return b.id;
    }

    /** A broadcast of {@code bulletin} at {@code playAt}, with one delivery per receiver in the given states. */
    @Transactional
    public long broadcast(final long bulletin, final Instant playAt, final String receiverId,
            final DeliveryState state) {
        final Broadcast b = new Broadcast();
        b.bulletinId = bulletin;
        b.playAt = playAt;
        b.expiresAt = playAt.plusSeconds(3600);
        b.targets = "{}";
        b.createdBy = "staff";
        b.createdAt = playAt.minusSeconds(3600);
        b.persist();
        final Delivery d = new Delivery();
        d.broadcastId = b.id;
        d.receiverId = receiverId;
        d.playAt = playAt;
        d.commandId = UUID.randomUUID().toString();
        d.state = state;
        d.sendAfter = playAt.minusSeconds(600);
        d.updatedAt = playAt;
        if (state.isFinal()) {
            d.reportedAt = playAt.plusSeconds(60);
        }
        if (state == DeliveryState.PLAYED) {
            d.startedAt = playAt;
            d.finishedAt = playAt.plusSeconds(30);
        }
        d.persist();
        return b.id;
    }

    /** One more delivery of an existing broadcast, to another receiver, in {@code state}. */
    @Transactional
    public void delivery(final long broadcast, final String receiverId, final Instant playAt,
            final DeliveryState state) {
        final Delivery d = new Delivery();
        d.broadcastId = broadcast;
        d.receiverId = receiverId;
        d.playAt = playAt;
        d.commandId = UUID.randomUUID().toString();
        d.state = state;
        d.sendAfter = playAt.minusSeconds(600);
        d.updatedAt = playAt;
        if (state.isFinal()) {
            d.reportedAt = playAt.plusSeconds(60);
        }
        d.persist();
    }
}
