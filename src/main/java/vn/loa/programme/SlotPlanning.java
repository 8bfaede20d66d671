package vn.loa.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.area.AreaDirectory;
import vn.loa.audit.AuditTrail;
import vn.loa.broadcast.Broadcast;
import vn.loa.broadcast.BroadcastCancellation;
import vn.loa.broadcast.BroadcastRequest;
import vn.loa.broadcast.BroadcastService;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;

/**
 * The playlists of programme slots (issue 10 item 2): an occurrence's items, in order, each played by an ordinary
 * broadcast to the slot's area at the time {@link SlotPlan} gives it, so a receiver that knows only {@code play} plays
 * them back to back. A change replaces the whole list in one transaction with the slot row locked: items that keep
 * their bulletin, place and time keep their broadcast; the others' broadcasts are withdrawn through
 * {@link BroadcastCancellation} (receivers that hold them get a signed cancel) and new ones made. Bulletins were
 * approved under the four-eyes rule already, so placing one needs no second approval.
 */
@ApplicationScoped
public class SlotPlanning {

    /** Most items in one occurrence. */
    public static final int MAX_ITEMS = 100;

    @Inject
    Clock clock;

    @Inject
    ProgrammeConfig config;

    @Inject
    SlotService slots;

    @Inject
    AreaDirectory areas;

    @Inject
    BroadcastService broadcasts;

    @Inject
    BroadcastCancellation cancellation;

    @Inject
    AuditTrail audit;

    /**
     * Makes {@code bulletinIds}, in this order, the playlist of the slot's occurrence {@code at}.
     *
     * @throws InvalidInputException {@code not-an-occurrence}, {@code too-many-items}, {@code unknown-bulletin},
     *                               {@code slot-item-other-area}, or what scheduling a broadcast refuses
     * @throws ConflictException     {@code occurrence-under-way}, {@code bulletin-not-approved},
     *                               {@code bulletin-without-audio}, {@link SlotOverrun}
     */
    @Transactional
    public SlotView.OccurrenceView replace(final long slotId, final Instant at, final List<Long> bulletinIds,
            final String by) {
        final Slot s = slots.lockEditable(slotId, by);
        final Instant now = clock.instant();
        if (!SlotService.stored(s).occurrences().contains(at)) {
            throw new InvalidInputException("not-an-occurrence", at + " is not an occurrence of slot " + s.id);
        }
        if (at.isBefore(now.plus(config.editLead()))) {
            throw new ConflictException("occurrence-under-way", "the occurrence at " + at + " starts in less than "
                    + config.editLead().toMinutes() + " minute(s) or has started; its playlist plays as planned");
        }
        if (bulletinIds.size() > MAX_ITEMS) {
            throw new InvalidInputException("too-many-items", "an occurrence holds at most " + MAX_ITEMS + " items");
        }
        final java.util.Set<Long> allowed = new java.util.HashSet<>(SlotService.above(s.areaId));
        allowed.add(s.areaId);
        final List<Bulletin> items = new ArrayList<>();
        for (Long id : bulletinIds) {
            items.add(placeable(s, id, allowed));
        }
        final SlotPlan plan = SlotPlan.of(at, s.length(), Duration.ofSeconds(s.pauseSeconds),
                items.stream().map(b -> b.audioDurationMs).toList());

        final List<SlotItem> before = SlotItem.list("slotId = ?1 and occurrenceAt = ?2 order by index", s.id, at);
        final Map<Integer, SlotItem> kept = new HashMap<>();
        final List<Long> gone = new ArrayList<>();
        for (SlotItem old : before) {
            final int i = old.index;
            if (i < items.size() && items.get(i).id.equals(old.bulletinId) && plan.playAts().get(i).equals(old.playAt)
                    && !canceled(old.broadcastId)) {
                kept.put(i, old);
            } else {
                withdraw(old, by, s);
                gone.add(old.id);
            }
        }
        if (!gone.isEmpty()) {
            // at once, not at flush: Hibernate inserts before it deletes, and the new rows take the same places
            SlotItem.delete("id in ?1", gone);
        }
        final Instant end = at.plus(s.length());
        for (int i = 0; i < items.size(); i++) {
            if (kept.containsKey(i)) {
                continue;
            }
            final Bulletin b = items.get(i);
            final Instant playAt = plan.playAts().get(i);
            final Instant expiresAt = end.isAfter(playAt.plusSeconds(60)) ? end : playAt.plusSeconds(60);
            final Broadcast made = broadcasts.createSlotItem(by, new BroadcastRequest(b.id,
                    new BroadcastRequest.Targets(null, null, null, List.of(s.areaId)),
                    playAt.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC)), s.id, at, i);
            final SlotItem item = new SlotItem();
            item.slotId = s.id;
            item.occurrenceAt = at;
            item.index = i;
            item.bulletinId = b.id;
            item.broadcastId = made.id;
            item.playAt = playAt;
            item.durationMs = b.audioDurationMs;
            item.addedBy = by;
            item.addedAt = now;
            item.persist();
        }
        audit.record(by, "slot.playlist", "slot", String.valueOf(s.id), AuditTrail.json("occurrenceAt", at,
                "bulletinIds", bulletinIds, "kept", kept.size(), "withdrawn", gone.size(), "totalMs", plan.totalMs()));
        return occurrence(s, at, now);
    }

    /** An approved bulletin with audio of a known length, written for the slot's area or an area above it. */
    private Bulletin placeable(final Slot s, final Long id, final java.util.Set<Long> allowed) {
        final Bulletin b = id == null ? null : Bulletin.findById(id);
        if (b == null) {
            throw new InvalidInputException("unknown-bulletin", "bulletin " + id + " does not exist");
        }
        if (b.areaId == null || !allowed.contains(b.areaId)) {
            throw new InvalidInputException("slot-item-other-area", "bulletin " + id + " was written for "
                    + (b.areaId == null ? "no area" : areas.path(b.areaId)) + "; slot " + s.id + " plays bulletins of "
                    + areas.path(s.areaId) + " or of an area above it");
        }
        if (b.state != BulletinState.APPROVED) {
            throw new ConflictException("bulletin-not-approved", "bulletin " + id + " is " + b.state
                    + "; only an approved bulletin can be placed in a slot");
        }
        if (b.audioSha256 == null || b.audioDurationMs == null || b.audioDurationMs <= 0) {
            throw new ConflictException("bulletin-without-audio", "bulletin " + id
                    + " has no audio of a known length yet");
        }
        return b;
    }

    private static boolean canceled(final long broadcastId) {
        final Broadcast b = Broadcast.findById(broadcastId);
        return b == null || b.canceledAt != null;
    }

    private void withdraw(final SlotItem old, final String by, final Slot s) {
        // checked first: a refused cancel inside this transaction would roll the whole change back
        if (!canceled(old.broadcastId) && cancellation.hasOpenDeliveries(old.broadcastId)) {
            cancellation.cancel(old.broadcastId, by, "slot " + s.id + " occurrence " + old.occurrenceAt
                    + " re-planned by " + by);
        }
    }

    /** The occurrences in {@code [from, to)} with their playlists. */
    @Transactional
    public List<SlotView.OccurrenceView> occurrences(final Slot s, final Instant from, final Instant to) {
        final Instant now = clock.instant();
        return SlotService.stored(s).between(from, to).stream().map(at -> occurrence(s, at, now)).toList();
    }

    private SlotView.OccurrenceView occurrence(final Slot s, final Instant at, final Instant now) {
        final List<SlotItem> rows = SlotItem.list("slotId = ?1 and occurrenceAt = ?2 order by index", s.id, at);
        final List<SlotView.ItemView> items = new ArrayList<>();
        long total = 0;
        for (SlotItem r : rows) {
            final Bulletin b = Bulletin.findById(r.bulletinId);
            items.add(new SlotView.ItemView(r.index, r.bulletinId, b == null ? "" : b.title, r.playAt, r.durationMs,
                    r.broadcastId));
            total = Math.max(total, r.playAt.toEpochMilli() + r.durationMs - at.toEpochMilli());
        }
        final long free = Math.max(0, (s.lengthSeconds * 1000L - total) / 1000);
        return new SlotView.OccurrenceView(at, at.plus(s.length()), items, total, free,
                !at.isBefore(now.plus(config.editLead())));
    }
}
