package vn.loa.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.loa.area.AreaService;
import vn.loa.receiver.Receiver;

/**
 * A broadcast to many receivers of one new commune, written straight into the store (registering hundreds of
 * receivers through the API takes minutes on the shared machine, and the dispatcher would send their commands at
 * once): receivers in the only province, so {@code Api.provinceUser} sees them, and deliveries {@code QUEUED} until
 * far in the future, so nothing changes them while a test reads them. Scheduling itself is tested elsewhere.
 */
@ApplicationScoped
public class ManyReceivers {

    /** The commune, its receivers (ids in order) and the broadcast. */
    public record Fleet(String commune, List<String> receivers, long broadcast) {
    }

    @Inject
    AreaService areas;

    /**
     * {@code n} receivers named {@code name + " " + i} (from 1) in village {@code village} of a new commune, and a
     * broadcast of {@code bulletin} by {@code by} to them.
     */
    @Transactional
    public Fleet broadcast(final int n, final String name, final String village, final long bulletin,
            final String by) {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String commune = "Xã nhiều loa " + tag;
        final long villageId = areas.villageByNames(commune, village).id;
        final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        final Broadcast b = new Broadcast();
        b.bulletinId = bulletin;
        b.playAt = now.plus(30, ChronoUnit.DAYS);
        b.expiresAt = b.playAt.plus(1, ChronoUnit.HOURS);
        b.targets = "{\"communes\":[\"" + commune + "\"]}";
        b.createdBy = by;
        b.createdAt = now;
        b.persist();
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final Receiver r = new Receiver();
            r.id = "rx-many-" + tag + "-" + String.format("%04d", i);
            r.name = name + " " + (i + 1);
            r.areaId = villageId;
            r.village = village;
            r.commune = commune;
            r.createdAt = now;
            r.persist();
            ids.add(r.id);
            final Delivery d = new Delivery();
            d.broadcastId = b.id;
            d.receiverId = r.id;
            d.playAt = b.playAt;
            d.commandId = UUID.randomUUID().toString();
            d.state = DeliveryState.QUEUED;
            d.sendAfter = b.playAt;
            d.updatedAt = now;
            d.persist();
        }
        return new Fleet(commune, ids, b.id);
    }

    /** Removes a fleet that nothing else touched (no commands sent), so later tests do not page through it. */
    @Transactional
    public void remove(final Fleet fleet) {
        Delivery.delete("broadcastId", fleet.broadcast());
        Broadcast.deleteById(fleet.broadcast());
        Receiver.delete("id in ?1", fleet.receivers());
    }

    /** Sets a delivery's state as if the receiver had reported it (the report handling has tests of its own). */
    @Transactional
    public void state(final long broadcast, final String receiver, final DeliveryState state) {
        final Delivery d = Delivery.find("broadcastId = ?1 and receiverId = ?2", broadcast, receiver).singleResult();
        d.state = state;
    }
}
