package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * A recurring series with real parts: a rule with three occurrences 20 seconds apart
 * ({@code FREQ=SECONDLY;INTERVAL=20;COUNT=3}; the test profile lowers {@code loa.programme.min-gap} to 5 s, production
 * keeps 5 minutes) expands into three broadcasts; two real receiver agents play each one, and the log shows three
 * {@code PLAYED} per receiver.
 */
@QuarkusTest
class SeriesLoopTest {

    private static final Logger LOG = Logger.getLogger(SeriesLoopTest.class);

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
    void series_threeOccurrencesSecondsApart_playThreeTimesOnTwoReceivers() {
        final Path work = Path.of("target", "e2e");
        final String url = controller.toString().replaceAll("/$", "");
        final String run = Long.toString(System.currentTimeMillis(), 36);
        final List<String> receivers = List.of("e2s-" + run + "-a", "e2s-" + run + "-b");
        for (String rx : receivers) {
            final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village",
                    "Lô Lô Chải", "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201)
                    .extract().jsonPath();
            agents.add(AgentProcess.start(rx, gateway.brokerAddress(), url, registered.getString("controllerPublicKey"),
                    registered.getString("brokerSecret"), work));
        }
        final long bulletin = Api.approvedBulletin("Meeting", "Meeting at eight.");
        final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8)
                .truncatedTo(ChronoUnit.SECONDS);
        final JsonPath series = as("staff").body(Map.of("bulletinId", bulletin, "start", start.toString(),
                "rrule", "FREQ=SECONDLY;INTERVAL=20;COUNT=3", "validityMinutes", 5,
                "targets", Map.of("receivers", receivers))).post("/api/series").then().statusCode(201)
                .extract().jsonPath();
        final List<Long> broadcasts = series.getList("occurrences.broadcastId", Long.class);
        assertEquals(3, broadcasts.size());

        for (Long b : broadcasts) {
            Awaitility.await("occurrence " + b + " played on both").atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> as("official").get("/api/broadcasts/" + b).then()
                            .body("counts.PLAYED", equalTo(2)));
        }
        final List<Map<String, Object>> log = as("official").queryParam("from", start.minusSeconds(1).toString())
                .queryParam("to", start.plusSeconds(41).toString()).get("/api/logs").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.receiverId.startsWith('e2s-" + run + "') }");
        final Map<String, Integer> played = new TreeMap<>();
        for (Map<String, Object> row : log) {
            if ("PLAYED".equals(row.get("state"))) {
                played.merge((String) row.get("receiverId"), 1, Integer::sum);
            }
        }
        LOG.infof("E2E series: PLAYED per receiver %s", played);
        assertEquals(Map.of(receivers.get(0), 3, receivers.get(1), 3), played);
    }
}
