package vn.loa.testbroadcast;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.UiSession;

/**
 * A scheduled test broadcast end to end (issue 10 item 5): a village with two registered receivers, one a real agent
 * that is online and plays, the other never connected. The admin switches the village's test on; the test plays on
 * the first, and its report (JSON, CSV) names the second with reason {@code offline}; once the test's validity has
 * run out the fleet flags the second {@code failed-test}, in its JSON and on the fleet page, and not the first.
 */
@QuarkusTest
class TestBroadcastLoopTest {

    private static final Logger LOG = Logger.getLogger(TestBroadcastLoopTest.class);

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
    void testBroadcast_oneOnlineOneOffline_reportNamesTheOfflineOneAndTheFleetFlagsIt() {
        final String run = Long.toString(System.currentTimeMillis(), 36);
        final String online = "e2t-" + run + "-on";
        final String offline = "e2t-" + run + "-off";
        final Map<String, String> place = Map.of("village", "Thôn thử " + run, "commune", "Lũng Cú");
        final JsonPath registered = register(online, place);
        register(offline, place);
        final long village = registered.getLong("areaId");
        agent = AgentProcess.start(online, gateway.brokerAddress(), controller.toString().replaceAll("/$", ""),
                registered.getString("controllerPublicKey"), registered.getString("brokerSecret"),
                Path.of("target", "e2e"));
        Awaitility.await("agent online").atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("admin")
                .get("/api/receivers/" + online).then().body("online", equalTo(true)));

        final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(20)
                .truncatedTo(ChronoUnit.SECONDS);
        final long series = as("admin").body(Map.of("start", start.toString(), "rrule", "FREQ=DAILY;COUNT=1",
                "language", "en", "enabled", true, "validityMinutes", 1))
                .put("/api/areas/" + village + "/test-schedule").then().statusCode(200).extract().jsonPath()
                .getLong("seriesId");
        final long broadcast = as("admin").get("/api/series/" + series).then().statusCode(200).extract().jsonPath()
                .getLong("occurrences[0].broadcastId");

        Awaitility.await("the test played on the online receiver").atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> as("official").get("/api/test-reports/" + broadcast).then().statusCode(200)
                        .body("targeted", equalTo(2), "played", equalTo(1), "missed", hasSize(1),
                                "missed[0].receiverId", equalTo(offline), "missed[0].reason", equalTo("offline")));
        as("admin").queryParam("area", village).get("/api/test-reports").then().statusCode(200)
                .body("broadcastId", hasItem((int) broadcast));
        final String csv = as("official").get("/api/test-reports/" + broadcast + ".csv").then().statusCode(200)
                .header("Content-Disposition", containsString("loa-test-" + broadcast + ".csv"))
                .extract().asString();
        assertTrue(csv.contains(offline + ",Loa " + offline + ",Thôn thử " + run + ",Lũng Cú,offline,"),
                csv);
        assertTrue(!csv.contains(online + ","), csv);
        LOG.infof("E2E test broadcast %d report CSV:%n%s", broadcast, csv);

        Awaitility.await("the test's validity ran out; the fleet flags the offline receiver")
                .atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> as("admin").get("/api/receivers/" + offline).then()
                        .body("flags", hasItem("failed-test")));
        as("admin").get("/api/receivers/" + online).then().body("flags", not(hasItem("failed-test")));
        as("admin").queryParam("flagged", true).get("/api/receivers").then().statusCode(200)
                .body("find { it.id == '" + offline + "' }.flags", hasItem("failed-test"));

        final UiSession admin = UiSession.login("admin");
        final String page = admin.get("/ui/fleet?lang=en").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-id=\"" + offline + "\" data-reason=\"offline\""), page);
        final int row = page.indexOf("<tr class=\"receiver");
        final String offlineRow = page.substring(page.indexOf("data-id=\"" + offline + "\"", row));
        assertTrue(offlineRow.substring(0, offlineRow.indexOf("</tr>")).contains("data-flag=\"failed-test\""),
                offlineRow);
        final String onlineRow = page.substring(page.indexOf("data-id=\"" + online + "\"", row));
        assertTrue(!onlineRow.substring(0, onlineRow.indexOf("</tr>")).contains("failed-test"), onlineRow);
        assertTrue(page.contains("Did not play its last test"), "flag in words");
        admin.get("/ui/test-reports/" + broadcast + ".csv").then().statusCode(200)
                .body(containsString(offline + ",Loa " + offline));
    }

    private static JsonPath register(final String id, final Map<String, String> place) {
        final Map<String, String> body = new java.util.HashMap<>(place);
        body.put("id", id);
        body.put("name", "Loa " + id);
        return as("admin").body(body).post("/api/receivers").then().statusCode(201).extract().jsonPath();
    }
}
