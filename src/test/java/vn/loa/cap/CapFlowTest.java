package vn.loa.cap;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.Api;
import vn.loa.support.TestMqtt;

/**
 * {@code POST /api/cap} end to end with signed, real-world-shaped alerts: the approval queue or the area policy,
 * tests that say so, Draft and System never playing, duplicates, Update and Cancel, areas by code and by shape.
 * A bare MQTT client plays receiver rx-cap-11 (the receiver in the IMMEDIATE area).
 */
@QuarkusTest
class CapFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MqttGateway gateway;

    private TestMqtt rx11;

    @BeforeEach
    void setUp() {
        CapFixture.ensure();
        rx11 = TestMqtt.asReceiver(gateway.brokerAddress(), "rx-cap-11").subscribe("loa/v1/rx/rx-cap-11/cmd");
    }

    @AfterEach
    void tearDown() {
        rx11.close();
    }

    private static JsonPath accepted(final String xml, final int status) {
        return CapFixture.post(CapFixture.poster(), xml).then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath alert(final long id) {
        return as("admin").get("/api/cap/alerts/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath bulletin(final long id) {
        return as("admin").get("/api/bulletins/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void actualAlert_waitPolicy_waitsWithTheVietnameseTextThenPlaysWhenApproved() {
        final Map<String, String> v = CapFixture.vars(CapFixture.WAIT_CODE);
        final JsonPath r = accepted(CapFixture.signed("actual-flood.xml", v), 201);
        assertEquals("waiting", r.getString("outcome"));
        assertFalse(r.getBoolean("test"));
        final long bulletinId = r.getLong("bulletinId");

        final JsonPath b = bulletin(bulletinId);
        assertEquals("SUBMITTED", b.getString("state"));
        assertEquals("vi", b.getString("language"));
        assertEquals("emergency", b.getString("priority"));
        assertEquals("Cảnh báo lũ quét trên sông Nho Quế", b.getString("title"));
        assertEquals("Cảnh báo lũ quét trên sông Nho Quế\n\nMưa lớn ở thượng nguồn, nước sông Nho Quế đang lên "
                + "nhanh.\n\nBà con khẩn trương di chuyển lên vùng cao, không qua suối.", b.getString("text"));
        assertFalse(b.getString("text").contains("higher ground"), "the English info is ignored");
        assertEquals(CapFixture.poster(), b.getString("author"));
        final String origin = v.get("sender") + " · " + v.get("identifier");
        assertEquals(origin, b.getString("capOrigin"));
        // approvers see where the text came from, in the queue and on the bulletin's page
        final vn.loa.support.UiSession approver = vn.loa.support.UiSession.login(Api.provinceUser("approver"));
        approver.get("/ui/approvals").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Cảnh báo CAP: " + origin));
        approver.get("/ui/bulletins/" + bulletinId + "?lang=en").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-source=\"cap\""),
                        org.hamcrest.Matchers.containsString("CAP alert: " + origin));

        final long alertId = r.getLong("id");
        assertEquals("WAITING", alert(alertId).getString("state"));
        assertNull(alert(alertId).get("broadcastId"));

        as(Api.provinceUser("approver")).post("/api/bulletins/" + bulletinId + "/approve").then().statusCode(200);
        Awaitility.await().until(() -> "BROADCAST".equals(alert(alertId).getString("state")));
        final long broadcastId = alert(alertId).getLong("broadcastId");
        final JsonPath broadcast = as("admin").get("/api/broadcasts/" + broadcastId).then().statusCode(200)
                .body("bulletinId", equalTo((int) bulletinId),
                        "deliveries.receiverId", containsInAnyOrder("rx-cap-01", "rx-cap-02")).extract().jsonPath();
        assertEquals(java.time.OffsetDateTime.parse(v.get("expires")).toInstant(),
                Instant.parse(broadcast.getString("expiresAt")), "expires bounds the broadcast");
    }

    @Test
    void immediatePolicy_immediateExtreme_playsAtOnceApprovedByPolicy() throws Exception {
        final JsonPath r = accepted(CapFixture.signed("actual-flood.xml", CapFixture.vars(CapFixture.IMMEDIATE_CODE)),
                201);
        assertEquals("broadcast", r.getString("outcome"));
        final long broadcastId = r.getLong("broadcastId");
        final JsonPath b = bulletin(r.getLong("bulletinId"));
        assertEquals("APPROVED", b.getString("state"));
        assertEquals(CapService.POLICY_ACTOR, b.getString("decidedBy"));
        final JsonNode play = rx11.awaitCommandOf(broadcastId);
        assertEquals("play", play.get("type").asText());
        as("admin").queryParam("action", "bulletin.approved").queryParam("subject", "bulletin:" + r.getLong("bulletinId"))
                .get("/api/audit").then().statusCode(200)
                .body("entries[0].actor", equalTo(CapService.POLICY_ACTOR),
                        "entries[0].detail", org.hamcrest.Matchers.containsString("\"approvedByPolicy\":\"cap-immediate\""));
    }

    @Test
    void immediatePolicy_moderateSeverity_stillWaits() {
        final String xml = CapFixture.signed("actual-flood.xml", CapFixture.vars(CapFixture.IMMEDIATE_CODE))
                .replace("<severity>Extreme</severity>", "<severity>Moderate</severity>");
        // re-signed: the replacement above would break the signature
        final String resigned = CapSamples.sign(xml.replaceAll("<Signature[\\s\\S]*</Signature>", ""),
                CapFixture.KEYS.getPrivate());
        final JsonPath r = accepted(resigned, 201);
        assertEquals("waiting", r.getString("outcome"));
        assertEquals("important", bulletin(r.getLong("bulletinId")).getString("priority"));
    }

    @Test
    void testAndExercise_playOnlyAsATestThatSaysSo() {
        for (String status : List.of("Test", "Exercise")) {
            final Map<String, String> v = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
            v.put("status", status);
            final JsonPath r = accepted(CapFixture.signed("test-drill.xml", v), 201);
            assertTrue(r.getBoolean("test"));
            assertEquals("broadcast", r.getString("outcome"), status);
            final JsonPath b = bulletin(r.getLong("bulletinId"));
            assertTrue(b.getString("text").startsWith("Đây là tin thử nghiệm. Diễn tập sơ tán khi có lũ"), status);
            assertTrue(b.getString("title").startsWith("[Thử nghiệm] "), status);
            assertEquals("routine", b.getString("priority"));
            assertTrue(alert(r.getLong("id")).getBoolean("test"));
        }
    }

    @Test
    void draftAndSystem_neverPlay() {
        for (String status : List.of("Draft", "System")) {
            final Map<String, String> v = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
            v.put("status", status);
            final JsonPath r = accepted(CapFixture.signed("test-drill.xml", v), 201);
            assertEquals("ignored", r.getString("outcome"));
            assertNull(r.get("bulletinId"));
            assertEquals("IGNORED", alert(r.getLong("id")).getString("state"));
        }
    }

    @Test
    void duplicateIdentifier_changesNothing() {
        final String xml = CapFixture.signed("actual-flood.xml", CapFixture.vars(CapFixture.WAIT_CODE));
        final JsonPath first = accepted(xml, 201);
        final int bulletins = as("admin").get("/api/bulletins?limit=1000").then().extract().jsonPath()
                .getList("$").size();
        final JsonPath again = accepted(xml, 200);
        assertEquals("duplicate", again.getString("outcome"));
        assertEquals(first.getLong("id"), again.getLong("id"));
        assertEquals(first.getLong("bulletinId"), again.getLong("bulletinId"));
        assertEquals(bulletins, as("admin").get("/api/bulletins?limit=1000").then().extract().jsonPath()
                .getList("$").size());
    }

    @Test
    void update_replacesAPlayingAlert_cancelsItAndStopsWhereItPlays() throws Exception {
        final Map<String, String> v = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
        final JsonPath first = accepted(CapFixture.signed("actual-flood.xml", v), 201);
        final long broadcastId = first.getLong("broadcastId");
        final JsonNode play = rx11.awaitCommandOf(broadcastId);
        playing(broadcastId, play.get("commandId").asText());

        final Map<String, String> u = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
        u.put("references", CapFixture.reference(v));
        final JsonPath update = accepted(CapFixture.signed("update.xml", u), 201);
        assertEquals("waiting", update.getString("outcome")); // Expected + Moderate: the policy does not apply
        assertEquals(List.of(CapSamples.SENDER + "," + v.get("identifier")), update.getList("withdrawn"));

        assertEquals("REPLACED", alert(first.getLong("id")).getString("state"));
        assertEquals(update.getLong("id"), alert(first.getLong("id")).getLong("withdrawnBy"));
        as("admin").get("/api/broadcasts/" + broadcastId).then().body("canceledAt", notNullValue(),
                "cancelReason", startsWith("CAP Update from " + CapSamples.SENDER));
        awaitStop();
        assertEquals("Cập nhật: nước sông Nho Quế bắt đầu rút", bulletin(update.getLong("bulletinId"))
                .getString("title"));
    }

    @Test
    void cancel_waitingAlert_leavesTheApprovalQueueAndIsNeverScheduled() {
        final Map<String, String> v = CapFixture.vars(CapFixture.WAIT_CODE);
        final JsonPath first = accepted(CapFixture.signed("actual-flood.xml", v), 201);
        final Map<String, String> c = CapFixture.vars(CapFixture.WAIT_CODE);
        c.put("references", CapFixture.reference(v));
        final JsonPath cancel = accepted(CapFixture.signed("cancel.xml", c), 201);
        assertEquals("canceled", cancel.getString("outcome"));
        assertEquals("CANCELED", alert(first.getLong("id")).getString("state"));

        final JsonPath rejected = bulletin(first.getLong("bulletinId"));
        assertEquals("REJECTED", rejected.getString("state"), "out of the approval queue");
        assertEquals(CapWithdrawals.WITHDRAWN_ACTOR, rejected.getString("decidedBy"));
        as(Api.provinceUser("approver")).post("/api/bulletins/" + first.getLong("bulletinId") + "/approve").then()
                .statusCode(409);
        final JsonPath after = alert(first.getLong("id"));
        assertEquals("CANCELED", after.getString("state"));
        assertNull(after.get("broadcastId"));
    }

    @Test
    void cancel_scheduledAlert_cancelsTheBroadcast() {
        final Map<String, String> v = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
        final JsonPath first = accepted(CapFixture.signed("actual-flood.xml", v), 201);
        final long broadcastId = first.getLong("broadcastId");
        rx11.awaitCommandOf(broadcastId);
        final Map<String, String> c = CapFixture.vars(CapFixture.IMMEDIATE_CODE);
        c.put("references", CapFixture.reference(v));
        accepted(CapFixture.signed("cancel.xml", c), 201);
        as("admin").get("/api/broadcasts/" + broadcastId).then().body("canceledAt", notNullValue(),
                "deliveries[0].state", equalTo("CANCELED"));
        Awaitility.await().until(() -> rx11.received().stream().anyMatch(m -> m.contains("\"type\":\"cancel\"")));
    }

    @Test
    void polygonAndCircle_matchReceiversByPosition() {
        final Map<String, String> v = CapFixture.vars(CapFixture.WAIT_CODE);
        v.put("shapes", "<polygon>22.75,105.05 22.75,105.15 22.85,105.15 22.85,105.05 22.75,105.05</polygon>"
                + "<circle>22.90,105.30 2</circle>");
        final JsonPath r = accepted(CapFixture.signed("polygon-circle.xml", v), 201);
        alertTargets(r.getLong("id"), List.of("rx-cap-01", "rx-cap-02"));

        final Map<String, String> w = CapFixture.vars(CapFixture.WAIT_CODE);
        w.put("shapes", "<circle>22.80,105.10 1</circle>");
        alertTargets(accepted(CapFixture.signed("polygon-circle.xml", w), 201).getLong("id"), List.of("rx-cap-01"));
    }

    @Test
    void villageCode_targetsThatVillageOnly() {
        final JsonPath r = accepted(CapFixture.signed("actual-flood.xml", CapFixture.vars(CapFixture.VILLAGE_CODE)),
                201);
        final JsonPath a = alert(r.getLong("id"));
        assertEquals(1, a.getList("targets.areas").size());
        assertNull(a.get("targets.receivers"));
        as("admin").get("/api/areas/" + a.getLong("targets.areas[0]")).then().body("name", equalTo("Thôn Nậm Lũ"));
        as("admin").get("/api/bulletins/" + r.getLong("bulletinId")).then()
                .body("areaId", equalTo(a.getInt("targets.areas[0]")));
    }

    @Test
    void englishOnlyAlert_spokenInEnglish() {
        final String xml = CapSamples.load("actual-flood.xml", CapFixture.vars(CapFixture.WAIT_CODE))
                .replaceAll("<info>\\s*<language>vi-VN</language>[\\s\\S]*?</info>", "");
        final JsonPath r = accepted(CapSamples.sign(xml, CapFixture.KEYS.getPrivate()), 201);
        final JsonPath b = bulletin(r.getLong("bulletinId"));
        assertEquals("en", b.getString("language"));
        assertTrue(b.getString("text").endsWith("Move to higher ground now."));
    }

    @Test
    void fixedSignedSample_withItsCertificate_accepted() {
        final JsonPath r = accepted(CapFixture.resource("signed-fixed.xml"), 201);
        assertEquals(CapFixture.FIXED_SENDER, r.getString("sender"));
        assertEquals("waiting", r.getString("outcome"));
        assertEquals("Cảnh báo rét đậm, rét hại", bulletin(r.getLong("bulletinId")).getString("title"));
        // expires in 2099: the broadcast plays for the longest validity a broadcast may have
        as(Api.provinceUser("approver")).post("/api/bulletins/" + r.getLong("bulletinId") + "/approve").then()
                .statusCode(200);
        Awaitility.await().until(() -> "BROADCAST".equals(alert(r.getLong("id")).getString("state")));
        final Instant expiresAt = Instant.parse(as("admin").get("/api/broadcasts/"
                + alert(r.getLong("id")).getLong("broadcastId")).then().extract().path("expiresAt"));
        assertTrue(expiresAt.isBefore(Instant.now().plus(java.time.Duration.ofDays(8))), expiresAt.toString());
    }

    @Test
    void alerts_listedForThePosterAndAdmins_notForOthers() {
        final JsonPath r = accepted(CapFixture.signed("actual-flood.xml", CapFixture.vars(CapFixture.WAIT_CODE)), 201);
        as(CapFixture.poster()).get("/api/cap/alerts").then().statusCode(200).body("id", hasItem(r.getInt("id")));
        as("official").get("/api/cap/alerts").then().statusCode(200).body("id", not(hasItem(r.getInt("id"))));
        as("official").get("/api/cap/alerts/" + r.getLong("id")).then().statusCode(404);
        as("staff").get("/api/cap/alerts").then().statusCode(403);
    }

    private static void alertTargets(final long id, final List<String> receivers) {
        as("admin").get("/api/cap/alerts/" + id).then().statusCode(200)
                .body("targets.receivers", equalTo(receivers), "targets.areas", nullValue());
    }

    /** rx-cap-11 reports that it plays the command now. */
    private void playing(final long broadcastId, final String commandId) {
        for (String state : List.of("received", "playing")) {
            rx11.publish("loa/v1/rx/rx-cap-11/ack", "{\"v\":1,\"commandId\":\"" + commandId + "\",\"receiverId\":"
                    + "\"rx-cap-11\",\"state\":\"" + state + "\",\"at\":\"" + Instant.now() + "\",\"detail\":null}");
        }
        Awaitility.await().untilAsserted(() -> as("admin").get("/api/broadcasts/" + broadcastId).then()
                .body("deliveries[0].state", equalTo("PLAYING")));
    }

    private void awaitStop() throws Exception {
        Awaitility.await().until(() -> rx11.received().stream().anyMatch(m -> m.contains("\"type\":\"stop\"")));
        for (String m : rx11.received()) {
            final JsonNode n = JSON.readTree(m);
            if ("stop".equals(n.path("type").asText())) {
                assertEquals("rx-cap-11", n.get("receiverId").asText());
            }
        }
    }
}
