package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.Delivery;
import vn.loa.dispatch.EmbeddedBroker;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * Deliberate loss: the broker may queue only 2 messages for an offline receiver and silently drops the rest of a
 * burst while PUBACKing every one. The receiver's digest on reconnect must bring every delivery to PLAYED.
 */
@QuarkusTest
@TestProfile(LossReconciliationTest.TinyQueue.class)
class LossReconciliationTest {

    private static final Logger LOG = Logger.getLogger(LossReconciliationTest.class);
    private static final int BURST = 6;

    /** The embedded broker with a queue of 2 messages per offline client. */
    public static class TinyQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("loa.mqtt.embedded.max-queue-size", "2", "loa.dispatch.reconcile-interval", "3s");
        }
    }

    @Inject
    MqttGateway gateway;

    @Inject
    EmbeddedBroker broker;

    @TestHTTPResource("/")
    URL controller;

    @Test
    void burstBeyondTheBrokersQueue_reconciliationBringsEveryDeliveryToPlayed() {
        Assumptions.assumeTrue(broker.running(), "needs the embedded broker, whose queue the test can shrink");
        final String rx = "loss-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath reg = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Lũng Táo",
                "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201).extract().jsonPath();
        final String url = controller.toString().replaceAll("/$", "");
        final Path work = Path.of("target", "e2e");
        // connect once, so the broker keeps a persistent session (and a queue) for the receiver, then go offline
        AgentProcess.start(rx, gateway.brokerAddress(), url, reg.getString("controllerPublicKey"),
                reg.getString("brokerSecret"), work).close();

        final long bulletin = Api.approvedBulletin("Meeting", "Meeting.");
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(25)
                .truncatedTo(ChronoUnit.SECONDS);
        final List<Long> broadcasts = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            broadcasts.add(as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.plusSeconds(10L * i).toString(),
                    "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        Awaitility.await("all sent (PUBACKed)").untilAsserted(() -> broadcasts.forEach(b ->
                as("official").get("/api/broadcasts/" + b).then().body("deliveries[0].state", equalTo("SENT"))));
        final long firstSeqMax = maxSeq(rx);

        try (AgentProcess agent = AgentProcess.start(rx, gateway.brokerAddress(), url,
                reg.getString("controllerPublicKey"), reg.getString("brokerSecret"), work)) {
            Awaitility.await("every delivery played").atMost(Duration.ofSeconds(180)).untilAsserted(() ->
                    broadcasts.forEach(b -> as("official").get("/api/broadcasts/" + b).then()
                            .body("deliveries[0].state", equalTo("PLAYED"))));
        }
        final long resent = QuarkusTransaction.requiringNew().call(() ->
                Delivery.count("receiverId = ?1 and seq > ?2", rx, firstSeqMax));
        LOG.infof("LOSS: burst of %d commands, broker queue 2; reconciliation re-sent %d; all %d PLAYED", BURST,
                resent, BURST);
        assertTrue(resent >= BURST - 2, "the commands the broker dropped were sent again: " + resent);
    }

    private static long maxSeq(final String rx) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.<Delivery>list("receiverId", rx).stream()
                .mapToLong(d -> d.seq).max().orElse(0));
    }
}
