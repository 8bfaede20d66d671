package vn.loa.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * A real agent whose {@code LOA_CONTROLLER_URL} points where nothing listens (the newcomer's mistake): it logs one
 * warning naming the URL and the connection error, acks {@code failed} {@code download-failed} with that reason at
 * playAt, and the broadcast and the fleet page show it.
 */
@QuarkusTest
class DownloadFailureTest {

    @Inject
    MqttGateway gateway;

    private AgentProcess agent;

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void agent_withAWrongControllerUrl_failsWithTheUrlAndReasonShownToOperators() throws IOException {
        final int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        final String wrongUrl = "http://127.0.0.1:" + closed;
        final String rx = "e2e-nodl-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village",
                "Thèn Ván", "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201).extract().jsonPath();
        agent = AgentProcess.start(rx, gateway.brokerAddress(), wrongUrl, registered.getString("controllerPublicKey"),
                registered.getString("brokerSecret"), Path.of("target", "e2e"));
        final long bulletin = Api.approvedBulletin("Meeting", "The village meeting starts at eight tonight.");
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8)
                .truncatedTo(ChronoUnit.SECONDS);
        final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        final String expected = "download-failed: GET " + wrongUrl + "/api/audio/";
        Awaitility.await("the failed ack").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + broadcast).then()
                        .body("deliveries[0].state", equalTo("FAILED"),
                                "deliveries[0].detail", startsWith(expected),
                                "deliveries[0].detail", containsString(": cannot connect (")));
        final String out = agent.output();
        assertTrue(out.contains("audio download failed: GET " + wrongUrl + "/api/audio/"), out);
        assertTrue(out.contains("LOA_CONTROLLER_URL=" + wrongUrl), out);
        UiSession.login(Api.provinceUser("official")).get("/ui/fleet").then().statusCode(200)
                .body(containsString(expected));
    }
}
