package vn.loa.broadcast;

import static org.hamcrest.Matchers.equalTo;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** The controller's own conclusions about deliveries whose receiver went quiet. */
@QuarkusTest
class DispatcherTimeoutTest {

    @Inject
    Dispatcher dispatcher;

    /** Schedules to one receiver, waits until SENT, then moves the plan into the past and sets the state. */
    private long pastBroadcast(final String receiver, final DeliveryState state, final long minutesAgo) {
        final long bulletin = Api.approvedBulletin("Timeout", "Short test.");
        final long id = as("staff").body(Map.of("bulletinId", bulletin,
                "playAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(1).toString(),
                "targets", Map.of("receivers", List.of(receiver)))).post("/api/broadcasts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/broadcasts/" + id).then()
                .body("deliveries[0].state", equalTo("SENT")));
        QuarkusTransaction.requiringNew().run(() -> {
            final Instant playAt = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES);
            Broadcast.update("playAt = ?1, expiresAt = ?2 where id = ?3", playAt, playAt.plus(2, ChronoUnit.HOURS), id);
            Delivery.update("state = ?1 where broadcastId = ?2", state, id);
        });
        return id;
    }

    @Test
    void notDeliveredByPlayAtPlusGrace_timesOut() {
        final long id = pastBroadcast("rx-lo-lo-chai-01", DeliveryState.RECEIVED, 15);
        dispatcher.dispatchDue();
        as("official").get("/api/broadcasts/" + id).then().body("deliveries[0].state", equalTo("TIMED_OUT"),
                "deliveries[0].detail", equalTo("controller: not delivered by playAt"));
    }

    @Test
    void deliveredButNoFinalReportByExpectedEndPlusGrace_timesOut() {
        final long id = pastBroadcast("rx-then-van-01", DeliveryState.PLAYING, 15);
        dispatcher.dispatchDue();
        as("official").get("/api/broadcasts/" + id).then().body("deliveries[0].state", equalTo("TIMED_OUT"),
                "deliveries[0].detail", equalTo("controller: no final report by the expected end"));
    }

    @Test
    void preemptedPastItsExpectedEndButBeforeExpiresAt_waitsToPlayAgainSoIsLeftAlone() {
        final long id = pastBroadcast("rx-ma-le-01", DeliveryState.PREEMPTED, 15);
        dispatcher.dispatchDue();
        as("official").get("/api/broadcasts/" + id).then().body("deliveries[0].state", equalTo("PREEMPTED"));
        // played again: no open delivery left behind for the other tests' reconciliation
        QuarkusTransaction.requiringNew().run(() ->
                Delivery.update("state = ?1 where broadcastId = ?2", DeliveryState.PLAYED, id));
    }

    @Test
    void preemptedAndNoFinalReportByExpiresAtPlusGrace_timesOut() {
        final long id = pastBroadcast("rx-then-van-01", DeliveryState.PREEMPTED, 135);
        dispatcher.dispatchDue();
        as("official").get("/api/broadcasts/" + id).then().body("deliveries[0].state", equalTo("TIMED_OUT"),
                "deliveries[0].detail", equalTo("controller: preempted, no final report by expiresAt"));
    }

    @Test
    void withinGrace_isLeftAlone() {
        final long id = pastBroadcast("rx-ma-le-01", DeliveryState.DELIVERED, 5);
        dispatcher.dispatchDue();
        as("official").get("/api/broadcasts/" + id).then().body("deliveries[0].state", equalTo("DELIVERED"));
    }
}
