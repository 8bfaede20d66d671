package vn.loa.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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
import java.util.Set;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.loa.dispatch.EmbeddedBroker;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.BrokerTap;

/**
 * Issue 17.1 and 17.2 with the real agent: whoever can write to a receiver's command topic (here the broker itself,
 * compromised, or an anonymous client of an external broker that lets anyone in; see {@link BrokerTap}) publishes a
 * copy of a genuine command, with the same commandId, while the receiver holds it ready to play. The receiver
 * refuses the copy and plays the genuine command; the controller records the refusal as a security event and the
 * delivery as what really happened: PLAYED. A genuine command published again after it played is a replay, recorded
 * once per occurrence.
 */
@QuarkusTest
@TestProfile(FastReconcile.class)
class ForgedCopyTest {

    private static final Logger LOG = Logger.getLogger(ForgedCopyTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The copies an attacker makes of a genuine play command, and the refusal codes each may draw. */
    enum Forgery {
        ALTERED_TITLE(Set.of("bad-signature")),
        SIGNATURE_REMOVED(Set.of("unsigned")),
        // which of two keys a parser keeps varies; the strict receiver refuses the message as invalid
        DUPLICATE_KEYS(Set.of("bad-signature", "invalid-command")),
        LONE_SURROGATE(Set.of("bad-signature", "invalid-command"));

        final Set<String> codes;

        Forgery(final Set<String> codes) {
            this.codes = codes;
        }

        String copy(final String genuine) throws Exception {
            final ObjectNode node = (ObjectNode) JSON.readTree(genuine);
            return switch (this) {
                case ALTERED_TITLE -> JSON.writeValueAsString(node.put("title", "Sơ tán ngay / Evacuate now"));
                case SIGNATURE_REMOVED -> {
                    node.remove("sig");
                    yield JSON.writeValueAsString(node);
                }
                case DUPLICATE_KEYS -> genuine.substring(0, genuine.lastIndexOf('}'))
                        + ",\"title\":\"Sơ tán ngay / Evacuate now\"}";
                case LONE_SURROGATE -> JSON.writeValueAsString(node.put("title", "@@"))
                        .replace("\"@@\"", "\"Evacuate \\ud800 now\"");
            };
        }
    }

    private static AgentProcess agent;
    private static BrokerTap attacker;
    private static String rx;

    @Inject
    MqttGateway gateway;

    @Inject
    EmbeddedBroker broker;

    @TestHTTPResource("/")
    URL controller;

    @AfterAll
    static void stop() {
        if (agent != null) {
            agent.close();
        }
        if (attacker != null) {
            attacker.close();
        }
    }

    /** One receiver with its real agent for the whole class, and an attacker watching its command topic. */
    private void fleet() {
        if (agent != null) {
            return;
        }
        rx = "forge-" + Long.toString(System.currentTimeMillis(), 36);
        final JsonPath reg = as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thèn Ván",
                "commune", "Lũng Cú")).post("/api/receivers").then().statusCode(201).extract().jsonPath();
        attacker = BrokerTap.open(broker, gateway.brokerAddress(), rx);
        agent = AgentProcess.start(rx, gateway.brokerAddress(), controller.toString().replaceAll("/$", ""),
                reg.getString("controllerPublicKey"), reg.getString("brokerSecret"), Path.of("target", "e2e"));
    }

    private static String cmdTopic() {
        return "loa/v1/rx/" + rx + "/cmd";
    }

    /** A broadcast a few seconds ahead; returns its id and the genuine command the attacker saw go by. */
    private record Scheduled(long broadcast, String commandId, String genuine) {
    }

    private static Scheduled schedule(final String title) throws Exception {
        final long bulletin = Api.approvedBulletin(title, "The village meeting starts at eight tonight.");
        final OffsetDateTime playAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8)
                .truncatedTo(ChronoUnit.SECONDS);
        final long broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt.toString(),
                "targets", Map.of("receivers", List.of(rx)))).post("/api/broadcasts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Awaitility.await("the genuine command goes by").atMost(Duration.ofSeconds(20))
                .until(() -> attacker.received().stream().anyMatch(m -> isPlayOf(m, broadcast)));
        final String genuine = attacker.received().stream().filter(m -> isPlayOf(m, broadcast)).findFirst()
                .orElseThrow();
        return new Scheduled(broadcast, JSON.readTree(genuine).get("commandId").asText(), genuine);
    }

    private static boolean isPlayOf(final String command, final long broadcast) {
        try {
            return JSON.readTree(command).path("broadcastId").asLong(-1) == broadcast;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static JsonPath delivery(final long broadcast) {
        return as("official").get("/api/broadcasts/" + broadcast).then().statusCode(200).extract().jsonPath()
                .setRootPath("deliveries[0]");
    }

    private static List<String> eventCodes(final String commandId) {
        return as("official").queryParam("limit", 1000).get("/api/security-events").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.commandId == '" + commandId + "' }.code");
    }

    private static void assertPlayedInOrder(final long broadcast) {
        final JsonPath d = delivery(broadcast);
        final Instant started = Instant.parse(d.getString("startedAt"));
        final Instant finished = Instant.parse(d.getString("finishedAt"));
        assertFalse(started.isAfter(finished), "startedAt " + started + " after finishedAt " + finished);
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void forgedCopyWhileDelivered_isASecurityEventAndTheDeliveryStillPlays(final Forgery forgery) throws Exception {
        fleet();
        final Scheduled s = schedule("Meeting " + forgery);
        Awaitility.await("audio delivered").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + s.broadcast()).then()
                        .body("deliveries[0].state", equalTo("DELIVERED")));

        attacker.publish(cmdTopic(), forgery.copy(s.genuine()));

        Awaitility.await("the refusal is a security event").atMost(Duration.ofSeconds(20))
                .until(() -> !eventCodes(s.commandId()).isEmpty());
        final List<String> codes = eventCodes(s.commandId());
        assertEquals(1, codes.size(), "one refusal, one event: " + codes);
        assertTrue(forgery.codes.contains(codes.get(0)), forgery + " drew " + codes);
        as("official").get("/api/broadcasts/" + s.broadcast()).then()
                .body("deliveries[0].state", not(equalTo("REJECTED")));

        Awaitility.await("the genuine command plays").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + s.broadcast()).then()
                        .body("deliveries[0].state", equalTo("PLAYED")));
        assertPlayedInOrder(s.broadcast());
        assertEquals(List.of("PLAYED"), as("official").queryParam("receiver", rx).get("/api/logs").then()
                .extract().jsonPath().getList("findAll { it.broadcastId == " + s.broadcast() + " }.state"));
        LOG.infof("FORGED COPY %s: refused %s, delivery PLAYED", forgery, codes.get(0));
    }

    @Test
    void genuineCommandPublishedAgainAfterItPlayed_isAReplayRecordedOncePerOccurrence() throws Exception {
        fleet();
        final Scheduled s = schedule("Meeting replayed");
        Awaitility.await("the command plays").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("official").get("/api/broadcasts/" + s.broadcast()).then()
                        .body("deliveries[0].state", equalTo("PLAYED")));

        attacker.publish(cmdTopic(), s.genuine());
        Awaitility.await("the first replay is recorded").atMost(Duration.ofSeconds(20))
                .until(() -> eventCodes(s.commandId()).equals(List.of("replayed-id")));
        attacker.publish(cmdTopic(), s.genuine());
        Awaitility.await("the second replay is recorded too").atMost(Duration.ofSeconds(20))
                .until(() -> eventCodes(s.commandId()).equals(List.of("replayed-id", "replayed-id")));
        Awaitility.await("and nothing more").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> eventCodes(s.commandId()).size() == 2);

        final JsonPath d = delivery(s.broadcast());
        assertEquals("PLAYED", d.getString("state"));
        assertPlayedInOrder(s.broadcast());
        final List<Map<String, Object>> events = as("official").queryParam("limit", 1000)
                .get("/api/security-events").then().extract().jsonPath()
                .getList("findAll { it.commandId == '" + s.commandId() + "' }");
        for (Map<String, Object> e : events) {
            assertEquals(rx, e.get("receiverId"));
            assertTrue(e.get("receiverAt") != null && e.get("serverAt") != null, "times: " + e);
        }
        assertTrue(!events.get(0).get("receiverAt").equals(events.get(1).get("receiverAt")),
                "two occurrences, two receiver times: " + events);
    }
}
