package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * The whole loop with real parts: staff writes, approver approves (FreeTTS speech, MP3), staff schedules a few
 * seconds ahead, the controller sends the commands over the broker, two real receiver agents (separate
 * JVMs) download, play at playAt and ack; the log shows both played.
 */
@QuarkusTest
class BroadcastLoopTest {

    private static final Logger LOG = Logger.getLogger(BroadcastLoopTest.class);
    /** The bound on playAt → actual start, per receiver. */
    private static final long MAX_START_ERROR_MS = 100;

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL controller;

    private final List<AgentProcess> agents = new java.util.ArrayList<>();

    @AfterEach
    void stopAgents() {
        agents.forEach(AgentProcess::close);
    }

    @Test
    void bulletin_scheduledAhead_playsOnTwoReceiversAtPlayAt() {
        final Path work = Path.of("target", "e2e");
        final String url = controller.toString().replaceAll("/$", "");
        // fresh receiver ids each run: a persistent broker (Mosquitto in CI) keeps old sessions per client id
        final String run = Long.toString(System.currentTimeMillis(), 36);
        final List<String> receivers = List.of("e2e-" + run + "-a", "e2e-" + run + "-b");
        for (String rx : receivers) {
            // registration answers with the key the agent must trust, as an installer would copy it
            final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village",
                    "Lô Lô Chải", "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201)
                    .extract().jsonPath();
            agents.add(AgentProcess.start(rx, gateway.brokerAddress(), url, registered.getString("controllerPublicKey"),
                    registered.getString("brokerSecret"), work));
        }
        final long bulletin = Api.approvedBulletin("Flood warning",
                "Heavy rain tonight. Families near the stream move to the school before dark.");
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(6)
                .truncatedTo(ChronoUnit.SECONDS);
        final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", receivers)))
                .post("/api/broadcasts").then().statusCode(201).extract().jsonPath().getLong("id");

        Awaitility.await("both receivers played").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + broadcast).then().body("counts.PLAYED", equalTo(2)));

        final JsonPath view = as("official").get("/api/broadcasts/" + broadcast).then().extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            final Instant started = Instant.parse(view.getString("deliveries[" + i + "].startedAt"));
            final long errorMs = Duration.between(playAt.toInstant(), started).toMillis();
            LOG.infof("E2E %s: playAt -> actual start error %d ms", view.getString("deliveries[" + i + "].receiverId"),
                    errorMs);
            assertTrue(Math.abs(errorMs) <= MAX_START_ERROR_MS, "start error " + errorMs + " ms");
            assertTrue(Instant.parse(view.getString("deliveries[" + i + "].finishedAt")).isAfter(started));
        }
        final List<String> states = as("official").queryParam("from", playAt.minusSeconds(1).toString())
                .queryParam("to", playAt.plusSeconds(1).toString()).get("/api/logs").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.broadcastId == " + broadcast + " }.state");
        assertEquals(List.of("PLAYED", "PLAYED"), states);
    }
}
