package vn.loa.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;

/**
 * The queue's gates with the real agent and the real controller: a play carrying its area's signed quiet hours
 * verifies and plays outside the window; on its battery reserve the agent skips a routine play ({@code failed
 * battery-reserve} on the broadcast) while an emergency plays, and the controller flags it {@code on-reserve}.
 * The agent reads its power with a health command that prints a file the test rewrites.
 */
@QuarkusTest
class GatesLoopTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    MqttGateway gateway;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL controller;

    private AgentProcess agent;

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void agentOnItsReserve_routineFailedBatteryReserve_emergencyPlayed_signedWindowVerifies() throws IOException {
        final Path work = Path.of("target", "e2e");
        Files.createDirectories(work);
        final String rx = "e2e-gates-" + Long.toString(System.currentTimeMillis(), 36);
        final Path power = work.resolve(rx + "-power.txt").toAbsolutePath();
        Files.writeString(power, "power.source=mains\npower.batteryPercent=12\n");
        final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thôn Pin",
                "commune", "Xã pin " + System.nanoTime())).post("/api/receivers").then().statusCode(201).extract()
                .jsonPath();
        final long village = as("admin").get("/api/receivers/" + rx).then().extract().jsonPath().getLong("areaId");
        final LocalTime now = LocalTime.now(HCM);
        final DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        as("admin").body(Map.of("from", hhmm.format(now.plusHours(3)), "to", hhmm.format(now.plusHours(5))))
                .put("/api/areas/" + village + "/quiet-hours").then().statusCode(200);
        agent = AgentProcess.start(rx, gateway.brokerAddress(), controller.toString().replaceAll("/$", ""),
                registered.getString("controllerPublicKey"), registered.getString("brokerSecret"), work,
                Map.of("LOA_HEALTH_COMMAND", "cat " + power, "LOA_HEARTBEAT_SECONDS", "1"));

        final long mainsPlay = schedule(rx, bulletin("routine"));
        awaitState(mainsPlay, "PLAYED");

        Files.writeString(power, "power.source=battery\npower.batteryPercent=12\n");
        Awaitility.await("on reserve").atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as("admin").get("/api/receivers/" + rx).then().body("flags", hasItem("on-reserve"),
                        "health.batteryReservePercent", equalTo(30)));
        final long routine = schedule(rx, bulletin("routine"));
        final long emergency = schedule(rx, bulletin("emergency"));

        awaitState(routine, "FAILED");
        as("admin").get("/api/broadcasts/" + routine).then()
                .body("deliveries[0].detail", startsWith("battery-reserve: routine play skipped"),
                        "deliveries[0].detail", containsString("battery 12 %"));
        awaitState(emergency, "PLAYED");
    }

    private static long schedule(final String rx, final long bulletin) {
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(6)
                .truncatedTo(ChronoUnit.SECONDS);
        return as(Api.provinceUser("staff")).body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void awaitState(final long broadcast, final String state) {
        Awaitility.await("broadcast " + broadcast + " " + state).atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("admin").get("/api/broadcasts/" + broadcast).then().body("deliveries[0].state", equalTo(state)));
    }

    private static long bulletin(final String priority) {
        final String staff = Api.provinceUser("staff");
        final long id = as(staff).body(Map.of("title", "Gate " + priority, "text", "Water is off at noon.",
                "language", "en", "priority", priority)).post("/api/bulletins").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(staff).post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as(Api.provinceUser("approver")).post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
