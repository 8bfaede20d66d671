package vn.loa.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReceiverService#recordStatus} keeps the presence history: a row per change of the online flag, no more. */
@QuarkusTest
class PresenceHistoryTest {

    @Inject
    ReceiverService receivers;

    @Test
    void recordStatus_rowPerChangeOfTheFlag_notPerHeartbeat() {
        final String id = "rx-presence-" + System.nanoTime() % 1_000_000;
        QuarkusTransaction.requiringNew().run(() -> {
            final Receiver r = new Receiver();
            r.id = id;
            r.name = "Loa thử";
            r.areaId = Receiver.<Receiver>findAll().firstResult().areaId;
            r.village = "Thôn";
            r.commune = "Xã";
            r.createdAt = Instant.now();
            r.persist();
        });
        final Instant t0 = Instant.parse("2026-12-07T01:00:00Z");
        receivers.recordStatus(id, status(true, t0));
        receivers.recordStatus(id, status(true, t0.plusSeconds(60))); // a heartbeat: no change
        receivers.recordStatus(id, status(false, t0.plusSeconds(120))); // the last will
        receivers.recordStatus(id, status(true, t0.plusSeconds(300)));
        final List<PresenceChange> rows = QuarkusTransaction.requiringNew().call(() ->
                PresenceChange.<PresenceChange>list("receiverId = ?1 order by changedAt", id));
        assertEquals(List.of(true, false, true), rows.stream().map(c -> c.online).toList());
        assertEquals(List.of(t0, t0.plusSeconds(120), t0.plusSeconds(300)),
                rows.stream().map(c -> c.changedAt).toList());
    }

    private static ReceiverStatus status(final boolean online, final Instant at) {
        return new ReceiverStatus(online, "agent/1", at, online ? at : null, null, null, null, null, null, null,
                null, null, null);
    }
}
