package vn.loa.broadcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinState;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;
import vn.loa.receiver.Receiver;

/** Scheduling: turns an approved bulletin, targets and a time into one delivery per receiver. */
@ApplicationScoped
public class BroadcastService {

    @Inject
    Clock clock;

    @Inject
    DispatchConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory areas;

    @Inject
    vn.loa.area.QuietHoursPolicy quietHours;

    @Transactional
    public Broadcast create(final String by, final BroadcastRequest r) {
        return create(by, r, null, null, null, null);
    }

    /**
     * One occurrence of a recurring series, scheduled by the series' author under exactly the rules of
     * {@link #create(String, BroadcastRequest)}. The database's unique key (series, occurrence) refuses a second copy.
     */
    @Transactional
    public Broadcast createOccurrence(final String by, final BroadcastRequest r, final long seriesId,
            final Instant occurrenceAt) {
        return create(by, r, seriesId, occurrenceAt, null, null);
    }

    /**
     * One item of a programme slot's occurrence ({@code vn.loa.programme.SlotPlanning}), under the rules of
     * {@link #create(String, BroadcastRequest)} but one: the bulletin may come from an area above the editor's. The
     * planner has checked that it belongs to the slot's area or an area above it; it was approved there (four eyes).
     *
     * @param index the item's place in the occurrence, from 0
     */
    @Transactional
    public Broadcast createSlotItem(final String by, final BroadcastRequest r, final long slotId,
            final Instant occurrenceAt, final int index) {
        return create(by, r, null, occurrenceAt, slotId, index);
    }

    /**
     * The checks {@link #create} makes on the bulletin and the targets, without scheduling anything: a recurring
     * series is refused up front by the rules its occurrences will meet.
     *
     * @return how many receivers the targets name now
     */
    @Transactional
    public int check(final String by, final long bulletinId, final BroadcastRequest.Targets targets) {
        final AreaScope scope = guard.scope(by);
        approvedBulletin(bulletinId, scope);
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInputException("no-targets", "targets must name receivers, communes, villages or areas");
        }
        return resolve(targets, scope, by).size();
    }

    private Bulletin approvedBulletin(final long bulletinId, final AreaScope scope) {
        final Bulletin bulletin = Bulletin.findById(bulletinId);
        if (bulletin == null || !scope.contains(bulletin.areaId)) {
            throw new InvalidInputException("unknown-bulletin", "bulletin " + bulletinId + " does not exist");
        }
        if (bulletin.state != BulletinState.APPROVED) {
            throw new ConflictException("bulletin-not-approved",
                    "bulletin " + bulletin.id + " is " + bulletin.state + "; only an approved bulletin can be broadcast");
        }
        return bulletin;
    }

    private Broadcast create(final String by, final BroadcastRequest r, final Long seriesId,
            final Instant occurrenceAt, final Long slotId, final Integer slotIndex) {
        final Instant now = clock.instant();
        // milliseconds: what every database keeps, so a re-sent command is signed over the same text
        final Instant playAt = r.playAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
        final Instant expiresAt = r.expiresAt() != null ? r.expiresAt().toInstant().truncatedTo(ChronoUnit.MILLIS)
                : playAt.plus(config.defaultValidity());
        if (playAt.isBefore(now)) {
            throw new InvalidInputException("play-at-in-past", "playAt " + r.playAt() + " is in the past");
        }
        if (playAt.isAfter(now.plus(config.maxAhead()))) {
            throw new InvalidInputException("play-at-too-far",
                    "playAt must be within " + config.maxAhead().toDays() + " days");
        }
        if (!expiresAt.isAfter(playAt)) {
            throw new InvalidInputException("expires-before-play", "expiresAt must be after playAt");
        }
        if (expiresAt.isAfter(playAt.plus(config.maxValidity()))) {
            throw new InvalidInputException("expires-too-late",
                    "expiresAt must be within " + config.maxValidity().toDays() + " days of playAt");
        }
        final AreaScope scope = guard.scope(by);
        final Bulletin bulletin = approvedBulletin(r.bulletinId(), slotId == null ? scope : AreaScope.EVERYWHERE);
        if (r.targets().isEmpty()) {
            throw new InvalidInputException("no-targets", "targets must name receivers, communes, villages or areas");
        }
        final Map<String, Receiver> receivers = resolve(r.targets(), scope, by);
        if (bulletin.priority != vn.loa.bulletin.Priority.EMERGENCY) {
            requireOutsideQuietHours(receivers.values(), bulletin, playAt);
        }

        final Broadcast b = new Broadcast();
        b.bulletinId = bulletin.id;
        b.playAt = playAt;
        b.expiresAt = expiresAt;
        b.targets = toJson(r.targets());
        b.createdBy = by;
        b.createdAt = now;
        b.seriesId = seriesId;
        b.occurrenceAt = occurrenceAt;
        b.slotId = slotId;
        b.slotIndex = slotIndex;
        b.persist();
        final Instant sendAfter = latest(now, playAt.minus(config.horizon()));
        for (Receiver receiver : receivers.values()) {
            final Delivery d = new Delivery();
            d.broadcastId = b.id;
            d.receiverId = receiver.id;
            d.playAt = playAt;
            d.commandId = UUID.randomUUID().toString();
            d.state = DeliveryState.QUEUED;
            d.sendAfter = sendAfter;
            d.updatedAt = now;
            d.persist();
        }
        audit.record(by, "broadcast.scheduled", "broadcast", String.valueOf(b.id), vn.loa.audit.AuditTrail.json(
                "bulletinId", b.bulletinId, "playAt", playAt, "expiresAt", expiresAt,
                "receivers", receivers.keySet(), "targets", b.targets));
        return b;
    }

    /**
     * Routine and important plays stay out of every targeted area's quiet hours, from playAt to its audio's end
     * (issue 10 item 3); the first area found in the way is named.
     */
    private void requireOutsideQuietHours(final java.util.Collection<Receiver> receivers, final Bulletin bulletin,
            final Instant playAt) {
        final Instant end = playAt.plusMillis(bulletin.audioDurationMs == null ? 0 : bulletin.audioDurationMs);
        final vn.loa.area.QuietHoursPolicy.Resolver resolver = quietHours.resolver();
        final java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Receiver receiver : receivers) {
            if (!seen.add(receiver.areaId == null ? -1L : receiver.areaId)) {
                continue;
            }
            resolver.effective(receiver.areaId)
                    .filter(e -> e.window().overlaps(playAt, end, vn.loa.area.QuietHoursPolicy.ZONE))
                    .ifPresent(e -> {
                        final java.time.format.DateTimeFormatter hhmm =
                                java.time.format.DateTimeFormatter.ofPattern("HH:mm");
                        final String play = hhmm.format(playAt.atZone(vn.loa.area.QuietHoursPolicy.ZONE)) + "–"
                                + hhmm.format(end.atZone(vn.loa.area.QuietHoursPolicy.ZONE));
                        throw new QuietHoursRefused(e.window().toString(), e.areaPath(), play,
                                bulletin.priority.wire());
                    });
        }
    }

    /**
     * Checks targets as {@link #create} will, before there is a bulletin to broadcast (an emergency waiting for its
     * approval): unknown targets are a 400, targets outside the caller's area a 403.
     *
     * @return how many receivers the targets name
     */
    @Transactional
    public int checkTargets(final String by, final BroadcastRequest.Targets targets) {
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInputException("no-targets", "targets must name receivers, communes, villages or areas");
        }
        return resolve(targets, guard.scope(by), by).size();
    }

    /** Any broadcast, whatever the caller's area: for internal use; requests use {@link #get(long, String)}. */
    public Broadcast get(final long id) {
        final Broadcast b = Broadcast.findById(id);
        if (b == null) {
            throw new NotFoundException("broadcast", id);
        }
        return b;
    }

    /** The newest {@code limit} broadcasts everywhere: callers go through the scoped one. */
    private static List<Broadcast> list(final int limit) {
        return Broadcast.findAll(Sort.descending("id")).page(0, limit).list();
    }

    /** A broadcast the user may see: its bulletin or one of its receivers lies in their area; 404 otherwise. */
    public Broadcast get(final long id, final String username) {
        final Broadcast b = get(id);
        final AreaScope scope = guard.scope(username);
        if (!scope.everywhere() && (scope.areaIds().isEmpty()
                || Broadcast.count("from Broadcast b where b.id = ?1 and (" + VISIBLE + ")", id, scope.areaIds()) == 0)) {
            throw new NotFoundException("broadcast", id);
        }
        return b;
    }

    /** The newest {@code limit} broadcasts the user may see. */
    public List<Broadcast> list(final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return list(limit);
        }
        if (scope.areaIds().isEmpty()) {
            return List.of();
        }
        return Broadcast.find("from Broadcast b where b.id > ?1 and (" + VISIBLE + ") order by b.id desc", -1L,
                scope.areaIds()).page(0, limit).list();
    }

    /** A broadcast is visible in an area when its bulletin was written for it or one of its receivers stands in it. */
    private static final String VISIBLE = "exists (select u.id from Bulletin u where u.id = b.bulletinId and u.areaId in ?2)"
            + " or exists (select d.id from Delivery d, Receiver r where d.broadcastId = b.id and d.receiverId = r.id"
            + " and r.areaId in ?2)";

    /** Resolves the targets to receivers; anything outside the scheduler's area refuses the whole request. */
    private Map<String, Receiver> resolve(final BroadcastRequest.Targets t, final AreaScope scope, final String by) {
        final Map<String, Receiver> found = new LinkedHashMap<>();
        if (t.receivers() != null) {
            for (String id : t.receivers()) {
                final Receiver r = Receiver.findById(id);
                if (r == null) {
                    throw new InvalidInputException("unknown-receiver", "receiver " + id + " is not registered");
                }
                if (!scope.contains(r.areaId)) {
                    throw AreaGuard.outside(by, "receiver " + id);
                }
                found.put(r.id, r);
            }
        }
        if (t.areas() != null) {
            for (Long areaId : t.areas()) {
                if (Receiver.getEntityManager().find(vn.loa.area.Area.class, areaId) == null) {
                    throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist");
                }
                if (!scope.contains(areaId)) {
                    throw AreaGuard.outside(by, "area " + areaId + " (" + areas.path(areaId) + ")");
                }
                final List<Receiver> inArea = Receiver.list("areaId in ?1", areas.subtreeIds(areaId));
                if (inArea.isEmpty()) {
                    throw new InvalidInputException("no-receivers-in-area",
                            "no receiver is registered in area " + areaId + " (" + areas.path(areaId) + ")");
                }
                inArea.forEach(r -> found.put(r.id, r));
            }
        }
        if (t.communes() != null) {
            for (String commune : t.communes()) {
                final List<Receiver> inCommune = Receiver.list("commune", commune);
                if (inCommune.isEmpty()) {
                    throw new InvalidInputException("unknown-commune", "no receiver is registered in commune " + commune);
                }
                if (inCommune.stream().anyMatch(r -> !scope.contains(r.areaId))) {
                    throw AreaGuard.outside(by, "commune " + commune);
                }
                inCommune.forEach(r -> found.put(r.id, r));
            }
        }
        if (t.villages() != null) {
            for (BroadcastRequest.Village v : t.villages()) {
                final List<Receiver> inVillage = Receiver.list("commune = ?1 and village = ?2", v.commune(), v.village());
                if (inVillage.isEmpty()) {
                    throw new InvalidInputException("unknown-village",
                            "no receiver is registered in village " + v.village() + ", commune " + v.commune());
                }
                if (inVillage.stream().anyMatch(r -> !scope.contains(r.areaId))) {
                    throw AreaGuard.outside(by, "village " + v.village() + ", commune " + v.commune());
                }
                inVillage.forEach(r -> found.put(r.id, r));
            }
        }
        return found;
    }

    private String toJson(final BroadcastRequest.Targets targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("targets cannot be written as JSON", e);
        }
    }

    private static Instant latest(final Instant a, final Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
