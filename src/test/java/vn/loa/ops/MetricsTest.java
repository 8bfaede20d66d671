package vn.loa.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * Room: operations. {@code /q/metrics} in Prometheus text on the management interface (127.0.0.1 only), never on
 * the public HTTP port; the {@code loa_*} metrics move with real actions: a receiver registered and heard from, a
 * bulletin spoken, a command sent and acknowledged.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    MqttGateway gateway;

    static String scrape() {
        // the classic Prometheus text format (without this header the answer is OpenMetrics)
        return given().baseUri("http://127.0.0.1").port(managementPort()).accept("text/plain; version=0.0.4")
                .get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString()
                .replace(",}", "}"); // this format ends label sets with a comma: {state="sent",}
    }

    static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** The value of one series ({@code loa_receivers{presence="online"}}); 0 when absent. */
    static double value(final String text, final String series) {
        final Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void metrics_onThePublicPort_notFoundEvenForAnAdmin() {
        as("admin").get("/q/metrics").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metrics_onTheManagementInterface_listenOnLoopbackOnly() {
        assertEquals("127.0.0.1", ConfigProvider.getConfig().getValue("quarkus.management.host", String.class));
        final String text = scrape();
        assertEquals(1.0, value(text, "loa_broker_connected"), text);
        assertTrue(text.contains("\nloa_inbound_queue_waiting "), "the inbound queue's size");
        assertTrue(text.contains("\nloa_inbound_queue_full_total "), "its overloads");
        assertTrue(text.contains("\nloa_dispatch_backlog "), "commands waiting");
        assertTrue(text.contains("loa_deliveries{state=\"played\"}"), "every delivery state, zero included");
    }

    @Test
    void receivers_registeredThenHeardFrom_movesFromOfflineToOnline() throws Exception {
        final String before = scrape();
        final double offline = value(before, "loa_receivers{presence=\"offline\"}");
        final double online = value(before, "loa_receivers{presence=\"online\"}");
        final String rx = "rx-metrics-" + Long.toString(System.nanoTime(), 36);
        as("admin").body(Map.of("id", rx, "name", "n", "village", "v", "commune", "Lũng Cú"))
                .post("/api/receivers").then().statusCode(201);
        await(() -> value(scrape(), "loa_receivers{presence=\"offline\"}") == offline + 1);
        final String heartbeat = Files.readString(Path.of("devices/protocol/examples/status-heartbeat.json"),
                StandardCharsets.UTF_8).replace("rx-thon-ma-01", rx)
                .replace("2026-12-06T09:16:00.000+07:00", OffsetDateTime.now(ZoneOffset.ofHours(7)).toString())
                .replace("\"lastCommand\"", "\"unused\"");
        try (TestMqtt mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), rx)) {
            mqtt.publish("loa/v1/rx/" + rx + "/status", heartbeat);
            await(() -> {
                final String now = scrape();
                return value(now, "loa_receivers{presence=\"online\"}") == online + 1
                        && value(now, "loa_receivers{presence=\"offline\"}") == offline;
            });
        }
    }

    @Test
    void bulletinSpokenSentAndAcked_speechDispatchLagAndAckDelayCount() {
        final String rx = "rx-then-van-01";
        final String before = scrape();
        try (TestMqtt mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), rx).subscribe("loa/v1/rx/" + rx + "/cmd")) {
            final JsonNode command = mqtt.awaitCommandOf(Api.broadcastTo(rx));
            await(() -> value(scrape(), "loa_speech_seconds_count{language=\"en\"}") >= value(before,
                    "loa_speech_seconds_count{language=\"en\"}") + 1
                    && value(scrape(), "loa_dispatch_lag_seconds_count") >= value(before,
                            "loa_dispatch_lag_seconds_count") + 1);
            mqtt.publish("loa/v1/rx/" + rx + "/ack", """
                    {"v":1,"commandId":"%s","receiverId":"%s","state":"received","at":"%s"}"""
                    .formatted(command.get("commandId").asText(), rx, OffsetDateTime.now(ZoneOffset.UTC)));
            await(() -> value(scrape(), "loa_ack_delay_seconds_count{ack=\"received\"}")
                    == value(before, "loa_ack_delay_seconds_count{ack=\"received\"}") + 1);
            await(() -> value(scrape(), "loa_deliveries{state=\"received\"}") >= 1);
        }
    }

    private static void await(final java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(condition);
    }
}
