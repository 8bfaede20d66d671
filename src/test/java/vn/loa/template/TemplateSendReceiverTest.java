package vn.loa.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.TestMqtt;

/** A template send reaches a receiver on the real broker at once, with the filled text's audio. */
@QuarkusTest
class TemplateSendReceiverTest {

    private static final String RX = "rx-ma-le-01";

    @Inject
    MqttGateway gateway;

    @Test
    void send_commandReachesTheReceiver_withTheFilledBulletin() {
        final long id = TemplateResourceTest.approved();
        try (TestMqtt mqtt = TestMqtt.asReceiver(gateway.brokerAddress(), RX).subscribe("loa/v1/rx/" + RX + "/cmd")) {
            final JsonPath sent = as("staff").body(TemplateResourceTest.send(
                    Map.of("village", "Má Lé", "time", "18:00", "households", "40"),
                    Map.of("receivers", List.of(RX)))).post("/api/templates/" + id + "/send").then().statusCode(201)
                    .extract().jsonPath();
            final JsonNode command = mqtt.awaitCommandOf(sent.getLong("broadcastId"));
            assertEquals("play", command.get("type").asText());
            assertEquals("emergency", command.get("priority").asText());
            assertEquals("Flood", command.get("title").asText());
            final JsonPath bulletin = as("staff").get("/api/bulletins/" + sent.getLong("bulletinId")).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("Flood warning for Má Lé. Move to high ground before 18:00. 40 households must leave.",
                    bulletin.getString("text"));
            assertEquals(bulletin.getString("audio.sha256"), command.at("/audio/sha256").asText());
        }
    }
}
