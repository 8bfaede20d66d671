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
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.TcpProxy;

/**
 * Offline-first: the receiver's link is cut after it has the audio and before playAt. It must play on time from
 * its own clock, and its acks must arrive once the link is back, recorded as reported late.
 */
@QuarkusTest
class LinkCutTest {

    private static final Logger LOG = Logger.getLogger(LinkCutTest.class);

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL controller;

    @Test
    void linkCutBeforePlayAt_playsOnTime_andReportsLateWhenTheLinkReturns() {
        final String rx = "cut-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath reg = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Sảng Tủng",
                "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201).extract().jsonPath();
        final String broker = gateway.brokerAddress();
        try (TcpProxy link = new TcpProxy(broker.substring(0, broker.lastIndexOf(':')),
                Integer.parseInt(broker.substring(broker.lastIndexOf(':') + 1)));
                AgentProcess agent = AgentProcess.start(rx, link.address(), controller.toString().replaceAll("/$", ""),
                        reg.getString("controllerPublicKey"), reg.getString("brokerSecret"), Path.of("target", "e2e"))) {
            final long bulletin = Api.approvedBulletin("Landslide warning", "Stay away from the slope above the school.");
            final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8)
                    .truncatedTo(ChronoUnit.SECONDS);
            final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                    "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            Awaitility.await("audio delivered").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    as("official").get("/api/broadcasts/" + broadcast).then()
                            .body("deliveries[0].state", equalTo("DELIVERED")));

            link.cut();
            final Instant cutAt = Instant.now();
            // the receiver plays while cut off: nothing can reach the controller until the link returns
            Awaitility.await("playAt and the audio have passed").atMost(Duration.ofSeconds(40))
                    .until(() -> agent.output().contains("state=played"));
            as("official").get("/api/broadcasts/" + broadcast).then().body("deliveries[0].state", equalTo("DELIVERED"));
            link.restore();
            final Instant restoredAt = Instant.now();

            Awaitility.await("late acks arrive").atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    as("official").get("/api/broadcasts/" + broadcast).then()
                            .body("deliveries[0].state", equalTo("PLAYED"), "deliveries[0].reportedLate", equalTo(true)));
            final JsonPath view = as("official").get("/api/broadcasts/" + broadcast).then().extract().jsonPath();
            final Instant started = Instant.parse(view.getString("deliveries[0].startedAt"));
            final Instant reported = Instant.parse(view.getString("deliveries[0].reportedAt"));
            final long errorMs = Duration.between(playAt.toInstant(), started).toMillis();
            LOG.infof("LINK CUT: link down %s, playAt %s, actual start %s (error %d ms), link back %s, "
                    + "final ack arrived %s", cutAt, playAt.toInstant(), started, errorMs, restoredAt, reported);
            assertTrue(cutAt.isBefore(playAt.toInstant()), "the link went down before playAt");
            assertTrue(Math.abs(errorMs) <= 100, "start error " + errorMs + " ms");
            assertTrue(reported.isAfter(restoredAt), "the report came after the link returned");
            assertEquals(List.of(true), as("official").queryParam("receiver", rx).get("/api/logs").then()
                    .extract().jsonPath().getList("reportedLate"));
        }
    }
}
