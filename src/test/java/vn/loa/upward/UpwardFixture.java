package vn.loa.upward;

import static vn.loa.support.Api.as;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.broadcast.Delivery;
import vn.loa.receiver.PresenceChange;
import vn.loa.receiver.Receiver;
import vn.loa.report.LogFixture;
import vn.loa.support.Api;

/**
 * A commune of its own for each upward test class (so others' data stays out), its villages and receivers, settled
 * deliveries on past days (through {@link LogFixture}) and presence history.
 */
@ApplicationScoped
public class UpwardFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    LogFixture log;

    /** A new commune in the demo province with two villages; returns its id and names. */
    public Commune commune(final String tag) {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        final String name = "Xã " + tag + " " + System.nanoTime() % 100_000 + COUNTER.incrementAndGet();
        final long commune = area(province, "commune", name);
        area(commune, "village", "Thôn Trên");
        area(commune, "village", "Thôn Dưới");
        return new Commune(commune, name);
    }

    public record Commune(long id, String name) {
    }

    private static long area(final long parent, final String level, final String name) {
        return as("admin").body(Map.of("parentId", parent, "level", level, "name", name)).post("/api/areas").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An official of the commune; password {@link Api#DEMO_PASSWORD}. */
    public String official(final Commune c) {
        final String name = "up.off" + COUNTER.incrementAndGet();
        as("admin").body(Map.of("username", name, "password", Api.DEMO_PASSWORD, "role", "official", "areaId", c.id()))
                .post("/api/users").then().statusCode(201);
        return name;
    }

    public void receiver(final String id, final String village, final Commune c) {
        log.receiver(id, "Loa " + id, village, c.name());
    }

    public long bulletin(final String title) {
        return log.bulletin(title);
    }

    public long broadcast(final long bulletin, final Instant playAt, final String receiverId,
            final vn.loa.broadcast.DeliveryState state) {
        return log.broadcast(bulletin, playAt, receiverId, state);
    }

    @Transactional
    public String commandOf(final long broadcast) {
        return Delivery.<Delivery>find("broadcastId", broadcast).firstResult().commandId;
    }

    @Transactional
    public void presence(final String receiverId, final boolean online, final Instant at) {
        final PresenceChange c = new PresenceChange();
        c.receiverId = receiverId;
        c.online = online;
        c.changedAt = at;
        c.persist();
    }

    @Transactional
    public void online(final String receiverId, final boolean online) {
        Receiver.<Receiver>findById(receiverId).online = online;
    }
}
