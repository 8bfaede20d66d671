package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import vn.loa.broadcast.DeliveryEvent;
import vn.loa.broadcast.DeliveryState;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * Cancelling with real parts: a broadcast scheduled a few seconds ahead reaches a real receiver agent (separate
 * JVM), which downloads it and waits for playAt; staff cancel it; the signed cancel goes out, the agent withdraws
 * the play and acks {@code canceled}; playAt passes and nothing plays.
 */
@QuarkusTest
class CancelLoopTest {

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
    void broadcast_canceledBeforePlayAt_receiverConfirmsAndNeverPlaysIt() {
        final Path work = Path.of("target", "e2e");
        final String url = controller.toString().replaceAll("/$", "");
        // a fresh receiver id each run: a persistent broker keeps old sessions per client id
        final String rx = "e2e-cancel-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village",
                "Lô Lô Chải", "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201)
                .extract().jsonPath();
        agent = AgentProcess.start(rx, gateway.brokerAddress(), url, registered.getString("controllerPublicKey"),
                registered.getString("brokerSecret"), work);
        final long bulletin = Api.approvedBulletin("Flood warning",
                "Heavy rain tonight. Families near the stream move to the school before dark.");
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(10)
                .truncatedTo(ChronoUnit.SECONDS);
        final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(rx))))
                .post("/api/broadcasts").then().statusCode(201).extract().jsonPath().getLong("id");
        // the receiver holds the play (cancelled as soon as it does: on a loaded machine every request is slow)
        Awaitility.await("the play received").atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + broadcast).then()
                        .body("deliveries[0].receivedAt", notNullValue()));

        final String playId = as("staff").body(Map.of("reason", "Cảnh báo đã được dỡ bỏ / the warning was lifted"))
                .post("/api/broadcasts/" + broadcast + "/cancel").then().statusCode(200)
                .body("canceledBy", equalTo("staff"), "deliveries[0].state", equalTo("CANCELED"))
                .extract().jsonPath().getString("deliveries[0].commandId");

        Awaitility.await("the receiver's canceled ack").atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + broadcast).then()
                        .body("deliveries[0].state", equalTo("CANCELED"),
                                "deliveries[0].detail", startsWith("withdrawn: cancel command "),
                                "deliveries[0].finishedAt", notNullValue()));
        final String cancelId = as("official").get("/api/broadcasts/" + broadcast).then().extract().jsonPath()
                .getString("deliveries[0].detail").substring("withdrawn: cancel command ".length());
        Awaitility.await("the cancel acked received").untilAsserted(() -> as("staff").get("/api/control-commands")
                .then().body("find { it.commandId == '" + cancelId + "' }.state", equalTo("RECEIVED"),
                        "find { it.commandId == '" + cancelId + "' }.targetCommandId", equalTo(playId)));

        // past playAt and well past the clip's end: the receiver never started it
        Awaitility.await("playAt passes in silence").atMost(Duration.ofSeconds(30))
                .until(() -> OffsetDateTime.now().isAfter(playAt.plusSeconds(5)));
        as("official").get("/api/broadcasts/" + broadcast).then().body("deliveries[0].state", equalTo("CANCELED"),
                "deliveries[0].startedAt", nullValue(), "counts.PLAYED", equalTo(0));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> DeliveryEvent.count(
                "state in ?1 and deliveryId in (select d.id from Delivery d where d.commandId = ?2)",
                List.of(DeliveryState.PLAYING, DeliveryState.PLAYED), playId)));
        final String journal = journal(work.resolve(rx + "-cache").resolve("journal.jsonl"));
        assertFalse(journal.contains("\"commandId\":\"" + playId + "\",\"step\":\"starting\""), journal);
        assertFalse(journal.contains("\"commandId\":\"" + playId + "\",\"step\":\"playing\""), journal);
        assertFalse(agent.output().contains("commandId=" + playId + " state=playing"), agent.output());
    }

    private static String journal(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
