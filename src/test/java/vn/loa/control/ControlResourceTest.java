package vn.loa.control;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.signing.Ed25519;
import vn.loa.support.TestMqtt;

/** The kill switch and key rotation, observed by a bare MQTT client on a receiver's command topic. */
@QuarkusTest
class ControlResourceTest {

    private static final String RX = "rx-ma-le-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MqttGateway gateway;

    private TestMqtt mqtt;

    @BeforeEach
    void connect() {
        mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), RX).subscribe("loa/v1/rx/" + RX + "/cmd");
    }

    @AfterEach
    void disconnect() {
        mqtt.close();
    }

    private JsonNode received(final String commandId) throws Exception {
        Awaitility.await().until(() -> mqtt.received().stream().anyMatch(m -> m.contains(commandId)));
        return JSON.readTree(mqtt.received().stream().filter(m -> m.contains(commandId)).findFirst().orElseThrow());
    }

    /** The canonical text of a stop command, as PROTOCOL.md 4.4 defines it. */
    private static byte[] stopCanonical(final JsonNode c) {
        return ("LOA-CMD-V1\ntype=stop\ncommandId=" + c.get("commandId").asText() + "\nreceiverId="
                + c.get("receiverId").asText() + "\nseq=" + c.get("seq").asLong() + "\nissuedAt="
                + c.get("issuedAt").asText() + "\nexpiresAt=" + c.get("expiresAt").asText() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stop_oneReceiver_sendsSignedStopAndRecordsItsAck() throws Exception {
        final String id = as("staff").body(Map.of("receivers", List.of(RX))).post("/api/stop").then()
                .statusCode(202).body("$", hasSize(1), "[0].type", equalTo("stop")).extract().path("[0].commandId");
        final JsonNode stop = received(id);
        final String key = as("official").get("/api/keys/controller").then().extract().path("publicKey");
        assertTrue(Ed25519.verify(Ed25519.publicKey(key), stopCanonical(stop), stop.get("sig").asText()));
        mqtt.publish("loa/v1/rx/" + RX + "/ack", "{\"v\":1,\"commandId\":\"" + id + "\",\"receiverId\":\"" + RX
                + "\",\"state\":\"received\",\"at\":\"2026-12-06T13:30:05+07:00\",\"detail\":null}");
        Awaitility.await().untilAsserted(() -> as("official").get("/api/control-commands").then()
                .body("find { it.commandId == '" + id + "' }.state", equalTo("RECEIVED")));
    }

    @Test
    void reconcile_sendsSignedReportCommand() throws Exception {
        final String id = as("staff").body(Map.of("receivers", List.of(RX))).post("/api/reconcile").then()
                .statusCode(202).body("[0].type", equalTo("report")).extract().path("[0].commandId");
        final JsonNode report = received(id);
        assertEquals("report", report.get("type").asText());
        final String key = as("official").get("/api/keys/controller").then().extract().path("publicKey");
        final byte[] canonical = new String(stopCanonical(report), StandardCharsets.UTF_8)
                .replace("type=stop", "type=report").getBytes(StandardCharsets.UTF_8);
        assertTrue(Ed25519.verify(Ed25519.publicKey(key), canonical, report.get("sig").asText()));
        as("official").body(Map.of("all", true)).post("/api/reconcile").then().statusCode(403);
    }

    @Test
    void stop_all_targetsEveryReceiver() {
        final int receivers = as("official").get("/api/receivers").then().extract().jsonPath().getList("$").size();
        as("approver").body(Map.of("all", true)).post("/api/stop").then().statusCode(202).body("$", hasSize(receivers));
    }

    @Test
    void stop_badRequests_areRefused() {
        as("staff").body(Map.of("receivers", List.of("rx-nowhere"))).post("/api/stop").then().statusCode(400)
                .body("type", equalTo("/problems/unknown-receiver"));
        as("staff").body(Map.of()).post("/api/stop").then().statusCode(400).body("type", equalTo("/problems/no-targets"));
        as("official").body(Map.of("all", true)).post("/api/stop").then().statusCode(403);
    }

    @Test
    void rotate_announcesNewKeySignedByOldOne_andLaterCommandsUseTheNewKey() throws Exception {
        final String oldKey = as("official").get("/api/keys/controller").then().extract().path("publicKey");
        final String oldId = as("official").get("/api/keys/controller").then().extract().path("keyId");
        as("staff").post("/api/keys/rotate").then().statusCode(403);
        final JsonNode rotated = JSON.readTree(as("admin").post("/api/keys/rotate").then().statusCode(200)
                .body("previous.keyId", equalTo(oldId)).extract().asString());
        final String newId = rotated.at("/next/keyId").asText();
        assertNotEquals(oldId, newId);
        Awaitility.await().until(() -> mqtt.received().stream().anyMatch(m -> m.contains("\"rotate-key\"")
                && m.contains(newId)));
        final JsonNode announce = JSON.readTree(mqtt.received().stream()
                .filter(m -> m.contains("\"rotate-key\"") && m.contains(newId)).findFirst().orElseThrow());
        assertEquals(oldId, announce.get("keyId").asText());
        assertEquals(rotated.at("/next/publicKey").asText(), announce.get("newPublicKey").asText());
        final byte[] canonical = ("LOA-CMD-V1\ntype=rotate-key\ncommandId=" + announce.get("commandId").asText()
                + "\nreceiverId=" + RX + "\nseq=" + announce.get("seq").asLong() + "\nissuedAt="
                + announce.get("issuedAt").asText() + "\nexpiresAt=" + announce.get("expiresAt").asText()
                + "\nnewKeyId=" + newId + "\nnewPublicKey=" + announce.get("newPublicKey").asText() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(Ed25519.verify(Ed25519.publicKey(oldKey), canonical, announce.get("sig").asText()));
        as("official").get("/api/keys/controller").then().body("keyId", equalTo(newId));
        final String stopId = as("staff").body(Map.of("receivers", List.of(RX))).post("/api/stop").then()
                .statusCode(202).extract().path("[0].commandId");
        final JsonNode stop = received(stopId);
        assertEquals(newId, stop.get("keyId").asText());
        assertTrue(stop.get("seq").asLong() > announce.get("seq").asLong(), "sequence only grows");
    }
}
