package vn.loa.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.loa.area.Area;
import vn.loa.area.AreaService;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.Delivery;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.bulletin.Priority;
import vn.loa.receiver.Receiver;

/**
 * Writes communes, receivers, bulletins and settled deliveries straight into the store, for the public page and feed
 * tests (the real loop is covered by the e2e tests). Each test class uses communes of its own.
 */
@ApplicationScoped
public class PublicFixture {

    /** A made-up MP3 name: the page only links to it. */
    public static final String FAKE_SHA = "ab".repeat(32);

    @Inject
    AreaService areas;

    /** A receiver in a village of a commune (both made when missing); answers the commune. */
    @Transactional
    public Area receiverIn(final String receiverId, final String commune, final String village) {
        final Area v = areas.villageByNames(commune, village);
        if (Receiver.findById(receiverId) == null) {
            final Receiver r = new Receiver();
            r.id = receiverId;
            r.name = receiverId;
            r.village = village;
            r.commune = commune;
            r.areaId = v.id;
            r.createdAt = Instant.parse("2026-01-01T00:00:00Z");
            r.persist();
        }
        return Area.findById(v.parentId);
    }

    /**
     * A bulletin in a given state.
     *
     * @param publicChoice null: the kind's default
     * @param recorded     a recorded bulletin (by default not public)
     */
    @Transactional
    public long bulletin(final String title, final String text, final Boolean publicChoice, final boolean recorded,
            final BulletinState state, final long areaId) {
        final Bulletin b = new Bulletin();
        b.title = title;
        b.text = text;
        b.language = "vi";
        b.priority = Priority.ROUTINE;
        b.state = state;
        b.author = "staff";
        b.areaId = areaId;
        b.publicChoice = publicChoice;
        if (recorded) {
            b.recordingSha256 = "cd".repeat(32);
            b.recordingFormat = "wav";
            b.recordingName = "ghi-am.wav";
            b.recordingBytes = 1000L;
            b.recordingDurationMs = 1000L;
        }
        if (state == BulletinState.APPROVED) {
            b.decidedBy = "approver";
            b.decidedAt = Instant.parse("2026-01-01T00:00:00Z");
            b.audioSha256 = FAKE_SHA;
            b.audioBytes = 123_456L;
            b.audioDurationMs = 65_000L;
        }
        b.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        b.updatedAt = b.createdAt;
        b.persist();
        return b.id;
    }

    /** A broadcast of the bulletin planned at {@code playAt} with one delivery to the receiver in {@code state}. */
    @Transactional
    public long delivery(final long bulletinId, final String receiverId, final Instant playAt,
            final DeliveryState state, final Instant startedAt) {
        final Broadcast b = new Broadcast();
        b.bulletinId = bulletinId;
        b.playAt = playAt;
        b.expiresAt = playAt.plusSeconds(3600);
        b.targets = "{}";
        b.createdBy = "staff";
        b.createdAt = playAt.minusSeconds(3600);
        b.persist();
        final Delivery d = new Delivery();
        d.broadcastId = b.id;
        d.receiverId = receiverId;
        d.commandId = UUID.randomUUID().toString();
        d.state = state;
        d.sendAfter = playAt.minusSeconds(600);
        d.playAt = playAt;
        d.updatedAt = playAt;
        d.startedAt = startedAt;
        if (state.isFinal()) {
            d.reportedAt = playAt.plusSeconds(60);
            d.finishedAt = startedAt == null ? null : startedAt.plusSeconds(30);
        }
        d.persist();
        return b.id;
    }

    @Transactional
    public void archive(final long areaId) {
        areas.archive(areaId);
    }
}
