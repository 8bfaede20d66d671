package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.control.ControlCommand;
import vn.loa.control.ControlState;
import vn.loa.control.ControlType;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.TcpProxy;

/**
 * Issue 17.6: the receiver's {@code played} ack is lost for good. The link is cut while it plays, and the agent is
 * stopped and loses its outbox (the ack waiting in it) before it comes back. Nobody calls {@code /api/reconcile}:
 * past the play's expected end the controller asks the receiver for its digest by itself (the request waits in the
 * broker while the receiver is away), and the digest brings the delivery to PLAYED, reported late, long before the
 * report grace would time it out. The agent also publishes a digest of its own after each connect; either one
 * carries the journaled {@code played}.
 */
@QuarkusTest
@TestProfile(FastReconcile.class)
class LostFinalAckTest {

    private static final Logger LOG = Logger.getLogger(LostFinalAckTest.class);

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL controller;

    /** Digest requests the reconciliation job made to this receiver after {@code after}, in this state (null: any). */
    private static long reportRequests(final String rx, final Instant after, final ControlState state) {
        final String query = "receiverId = ?1 and type = ?2 and issuedBy = ?3 and issuedAt > ?4";
        return QuarkusTransaction.requiringNew().call(() -> state == null
                ? ControlCommand.count(query, rx, ControlType.REPORT, "loa-reconcile", after)
                : ControlCommand.count(query + " and state = ?5", rx, ControlType.REPORT, "loa-reconcile", after,
                        state));
    }

    @Test
    void playedAckLost_digestAskedByItself_deliveryPlayedReportedLate() throws IOException {
        final String rx = "lost-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath reg = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Lũng Táo",
                "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201).extract().jsonPath();
        final String broker = gateway.brokerAddress();
        final String url = controller.toString().replaceAll("/$", "");
        final Path work = Path.of("target", "e2e");
        try (TcpProxy link = new TcpProxy(broker.substring(0, broker.lastIndexOf(':')),
                Integer.parseInt(broker.substring(broker.lastIndexOf(':') + 1)))) {
            final long bulletin = Api.approvedBulletin("Vaccination day", "Vaccination day is on Saturday morning "
                    + "at the commune health station. Bring the children and their health books. The nurses will "
                    + "be there from seven until eleven.");
            final long broadcast;
            final OffsetDateTime playAt;
            try (AgentProcess agent = AgentProcess.start(rx, link.address(), url,
                    reg.getString("controllerPublicKey"), reg.getString("brokerSecret"), work)) {
                playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
                broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                        "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then()
                        .statusCode(201).extract().jsonPath().getLong("id");
                Awaitility.await("playing").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50))
                        .untilAsserted(() -> as("official").get("/api/broadcasts/" + broadcast).then()
                                .body("deliveries[0].state", equalTo("PLAYING")));
                link.cut();
                Awaitility.await("played while cut off").atMost(Duration.ofSeconds(60))
                        .until(() -> agent.output().contains("state=played"));
            }
            final Instant playedBy = Instant.now();
            // the played ack waited in the outbox; the outbox is gone, so only the receiver's journal knows
            assertTrue(Files.deleteIfExists(work.resolve(rx + "-cache").resolve("outbox.jsonl")),
                    "the stopped agent left its outbox");
            // past the expected end, with nobody calling /api/reconcile, the controller asks for the digest itself
            Awaitility.await("a digest request of the reconciliation job").atMost(Duration.ofSeconds(30))
                    .until(() -> reportRequests(rx, playedBy, null) > 0);
            as("official").get("/api/broadcasts/" + broadcast).then().body("deliveries[0].state", equalTo("PLAYING"));
            link.restore();
            final Instant restoredAt = Instant.now();
            try (AgentProcess again = AgentProcess.start(rx, link.address(), url,
                    reg.getString("controllerPublicKey"), reg.getString("brokerSecret"), work)) {
                Awaitility.await("played, reported late, without anyone asking").atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> as("official").get("/api/broadcasts/" + broadcast).then()
                                .body("deliveries[0].state", equalTo("PLAYED"),
                                        "deliveries[0].reportedLate", equalTo(true)));
            }
            final JsonPath d = as("official").get("/api/broadcasts/" + broadcast).then().extract().jsonPath()
                    .setRootPath("deliveries[0]");
            final Instant started = Instant.parse(d.getString("startedAt"));
            final Instant finished = Instant.parse(d.getString("finishedAt"));
            final Instant reported = Instant.parse(d.getString("reportedAt"));
            assertFalse(started.isAfter(finished), "startedAt " + started + " after finishedAt " + finished);
            assertTrue(finished.isBefore(restoredAt), "finishedAt is when it played, not when it was reported");
            assertTrue(Duration.between(playAt.toInstant(), reported).compareTo(Duration.ofMinutes(10)) < 0,
                    "well before the report grace");
            // the receiver took the request (it also sends a digest of its own after each connect)
            Awaitility.await("the receiver answered the request").atMost(Duration.ofSeconds(20))
                    .until(() -> reportRequests(rx, playedBy, ControlState.RECEIVED) > 0);
            final long asked = reportRequests(rx, playedBy, null);
            assertEquals(List.of(true), as("official").queryParam("receiver", rx).get("/api/logs").then()
                    .extract().jsonPath().getList("findAll { it.broadcastId == " + broadcast + " }.reportedLate"));
            LOG.infof("LOST FINAL ACK: playAt %s, played %s, link back %s, PLAYED reported late at %s "
                    + "(%d s after playAt), %d digest request(s) after the play", playAt.toInstant(), finished, restoredAt, reported,
                    Duration.between(playAt.toInstant(), reported).toSeconds(), asked);
        }
    }
}
