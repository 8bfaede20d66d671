package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryEvent;
import vn.loa.broadcast.DeliveryState;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;

/**
 * Issue 11 item 1 with real parts: a routine bulletin plays on a real receiver agent (separate JVM), an emergency
 * scheduled during it breaks in at its playAt, and the routine bulletin plays again from its start afterwards. The
 * log shows the routine delivery {@code PREEMPTED}, then {@code PLAYED}; the interruption delay (the emergency's
 * playAt to its first sample, by the receiver's clock) is printed and held under 200 ms.
 */
@QuarkusTest
class BreakInLoopTest {

    private static final Logger LOG = Logger.getLogger(BreakInLoopTest.class);
    /** Issue 11: the emergency's first sample within this of its playAt. */
    private static final long MAX_INTERRUPTION_MS = 200;
    private static final Pattern AGENT_DELAY = Pattern.compile("interruption delay (\\d+) ms");

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL controller;

    private AgentProcess agent;

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void emergency_duringRoutinePlayback_breaksInAtPlayAtAndTheRoutinePlaysAgainAfter() {
        final String url = controller.toString().replaceAll("/$", "");
        // a fresh receiver id each run: a persistent broker keeps old sessions per client id
        final String rx = "e2e-breakin-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village",
                "Lô Lô Chải", "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201)
                .extract().jsonPath();
        agent = AgentProcess.start(rx, gateway.brokerAddress(), url, registered.getString("controllerPublicKey"),
                registered.getString("brokerSecret"), Path.of("target", "e2e"));
        final long routine = bulletin("routine", "Market day",
                "The market opens at six tomorrow morning. Bring your own bags. The cattle market is by the school.");
        final long emergency = bulletin("emergency", "Flash flood", "Flash flood. Move to high ground now.");
        final long routineMs = durationMs(routine);
        final OffsetDateTime routineAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8)
                .truncatedTo(ChronoUnit.SECONDS);
        final OffsetDateTime emergencyAt = routineAt.plusSeconds(2);
        assertTrue(routineMs > 3000, "the routine bulletin must still play at the emergency's playAt: " + routineMs);
        final long routineBroadcast = schedule(routine, routineAt, rx);
        final long emergencyBroadcast = schedule(emergency, emergencyAt, rx);

        Awaitility.await("the log shows the routine bulletin preempted").atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100)).until(() -> logState(routineAt, routineBroadcast)
                        .equals("PREEMPTED"));
        Awaitility.await("the log shows it played").atMost(Duration.ofSeconds(60)).until(() ->
                logState(routineAt, routineBroadcast).equals("PLAYED"));

        as("official").get("/api/broadcasts/" + emergencyBroadcast).then().body("deliveries[0].state",
                equalTo("PLAYED"));
        final JsonPath emergencyView = as("official").get("/api/broadcasts/" + emergencyBroadcast).then().extract()
                .jsonPath();
        final String routineCommand = as("official").get("/api/broadcasts/" + routineBroadcast).then().extract()
                .jsonPath().getString("deliveries[0].commandId");
        final List<DeliveryEvent> history = history(routineCommand);
        assertEquals(List.of(DeliveryState.RECEIVED, DeliveryState.DELIVERED, DeliveryState.PLAYING,
                DeliveryState.PREEMPTED, DeliveryState.PLAYING, DeliveryState.PLAYED),
                history.stream().map(e -> e.state).toList());
        final Instant emergencyStarted = Instant.parse(emergencyView.getString("deliveries[0].startedAt"));
        final Instant emergencyEnded = Instant.parse(emergencyView.getString("deliveries[0].finishedAt"));
        final long delayMs = Duration.between(emergencyAt.toInstant(), emergencyStarted).toMillis();
        final Matcher agentSays = AGENT_DELAY.matcher(agent.output());
        final String agentDelay = agentSays.find() ? agentSays.group(1) : "?";
        LOG.infof("E2E break-in: interruption delay %d ms by the ack (agent log: %s ms); routine cut after %d ms, "
                + "played again %d ms after the emergency ended", delayMs, agentDelay,
                Duration.between(history.get(2).receiverAt, history.get(3).receiverAt).toMillis(),
                Duration.between(emergencyEnded, history.get(4).receiverAt).toMillis());
        assertFalse(emergencyStarted.isBefore(emergencyAt.toInstant()), "emergency started early");
        assertTrue(delayMs < MAX_INTERRUPTION_MS, "interruption delay " + delayMs + " ms");
        assertTrue(Math.abs(Duration.between(emergencyAt.toInstant(), history.get(3).receiverAt).toMillis())
                < MAX_INTERRUPTION_MS, "the routine bulletin was cut at the emergency's playAt");
        assertFalse(history.get(4).receiverAt.isBefore(emergencyEnded), "played again only after the emergency");
        final long replayedMs = Duration.between(history.get(4).receiverAt, history.get(5).receiverAt).toMillis();
        assertTrue(replayedMs >= routineMs - 100, "played again whole, from its start: " + replayedMs + " ms");
        final String log = agent.output();
        assertTrue(log.indexOf("commandId=" + routineCommand + " state=preempted")
                < log.lastIndexOf("commandId=" + routineCommand + " state=played"), "agent log: preempted, played");
    }

    private static long bulletin(final String priority, final String title, final String text) {
        final long id = as("staff").body(Map.of("title", title, "text", text, "language", "en",
                "priority", priority)).post("/api/bulletins").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static long durationMs(final long bulletin) {
        return as("official").get("/api/bulletins/" + bulletin).then().statusCode(200).extract().jsonPath()
                .getLong("audio.durationMs");
    }

    private static long schedule(final long bulletin, final OffsetDateTime playAt, final String rx) {
        return as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The routine broadcast's row in the broadcast log (the report package's API). */
    private static String logState(final OffsetDateTime playAt, final long broadcast) {
        final List<String> states = as("official").queryParam("from", playAt.minusSeconds(1).toString())
                .queryParam("to", playAt.plusSeconds(1).toString()).get("/api/logs").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.broadcastId == " + broadcast + " }.state");
        return states.isEmpty() ? "" : states.get(0);
    }

    private static List<DeliveryEvent> history(final String commandId) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.<DeliveryEvent>list(
                "receiverAt is not null and deliveryId in (select d.id from Delivery d where d.commandId = ?1) "
                        + "order by receiverAt, id", commandId));
    }
}
