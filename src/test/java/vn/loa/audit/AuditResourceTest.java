package vn.loa.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/audit} and {@code POST /api/audit/verify}, with entries made by real actions through the API. */
@QuarkusTest
class AuditResourceTest {

    @Test
    void bulletinLifecycle_isRecordedWithActors_newestFirst() {
        final long id = vn.loa.support.Api.approvedBulletin("Audit " + System.nanoTime(), "Water is cut on Monday.");
        final JsonPath page = as("official").queryParam("subject", "bulletin:" + id).get("/api/audit").then()
                .statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertEquals(List.of("bulletin.approved", "bulletin.submitted", "bulletin.created"),
                page.getList("entries.action"));
        assertEquals(List.of("approver", "staff", "staff"), page.getList("entries.actor"));
        final List<Integer> seqs = page.getList("entries.seq");
        org.junit.jupiter.api.Assertions.assertTrue(seqs.get(0) > seqs.get(1) && seqs.get(1) > seqs.get(2));
    }

    private static void assertEquals(final Object expected, final Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    @Test
    void rejectedAction_leavesNoEntry() {
        final long id = vn.loa.support.Api.approvedBulletin("Twice " + System.nanoTime(), "Meeting at eight.");
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(409);
        as("admin").queryParam("subject", "bulletin:" + id).queryParam("action", "bulletin.approved")
                .get("/api/audit").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void list_filtersByActorAndTimeAndPages() {
        final Instant start = Instant.now().minusSeconds(1);
        as("staff").body(Map.of("title", "Filter one", "text", "One.", "language", "en", "priority", "routine"))
                .post("/api/bulletins").then().statusCode(201);
        as("staff").body(Map.of("title", "Filter two", "text", "Two.", "language", "en", "priority", "routine"))
                .post("/api/bulletins").then().statusCode(201);
        as("admin").queryParam("actor", "staff").queryParam("action", "bulletin.created")
                .queryParam("from", start.toString()).queryParam("size", 1).queryParam("page", 1).get("/api/audit")
                .then().statusCode(200).body("entries", hasSize(1), "total", greaterThan(1),
                        "entries.actor", everyItem(equalTo("staff")));
        as("admin").queryParam("to", "2000-01-01T00:00:00Z").get("/api/audit").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void list_badTimeOrRange_isProblem400() {
        as("admin").queryParam("from", "yesterday").get("/api/audit").then().statusCode(400)
                .body("type", containsString("bad-time"), "detail", containsString("ISO-8601"));
        as("admin").queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/audit").then().statusCode(400).body("type", containsString("bad-range"));
        as("admin").queryParam("size", 5000).get("/api/audit").then().statusCode(400);
    }

    @Test
    void list_staffOrApprover_isForbidden() {
        as("staff").get("/api/audit").then().statusCode(403);
        as("approver").get("/api/audit").then().statusCode(403);
    }

    @Test
    void verify_admin_getsOk_othersForbidden() {
        as("admin").post("/api/audit/verify").then().statusCode(200).body("ok", equalTo(true),
                "entries", greaterThan(0), "firstBrokenSeq", nullValue(), "reason", nullValue());
        as("official").post("/api/audit/verify").then().statusCode(403);
    }

    @Test
    void receiverRegistration_isRecordedWithoutTheSecret() {
        final String secret = as("admin").body(Map.of("name", "Loa audit", "village", "Thôn Audit",
                "commune", "Xã Audit")).post("/api/receivers").then().statusCode(201).extract().path("brokerSecret");
        as("admin").queryParam("action", "receiver.registered").queryParam("actor", "admin").get("/api/audit")
                .then().statusCode(200).body("entries[0].detail", containsString("Thôn Audit"))
                .body(org.hamcrest.Matchers.not(containsString(secret)));
    }

    @Test
    void stopAndBroadcast_areRecordedWithTargets() {
        final String commandId = as("staff").body(Map.of("receivers", List.of("rx-ma-le-01"))).post("/api/stop")
                .then().statusCode(202).extract().path("[0].commandId");
        as("official").queryParam("action", "control.stop").queryParam("subject", "receivers:rx-ma-le-01")
                .get("/api/audit").then().statusCode(200).body("entries[0].actor", equalTo("staff"),
                        "entries[0].detail", containsString(commandId));
        final long bulletin = vn.loa.support.Api.approvedBulletin("Scheduled " + System.nanoTime(), "Vaccines today.");
        final String playAt = java.time.OffsetDateTime.now().plusHours(2).toString();
        final int broadcast = as("staff").body(Map.of("bulletinId", bulletin, "playAt", playAt,
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts").then()
                .statusCode(201).extract().path("id");
        as("official").queryParam("subject", "broadcast:" + broadcast).get("/api/audit").then().statusCode(200)
                .body("entries[0].action", equalTo("broadcast.scheduled"),
                        "entries[0].detail", containsString("rx-then-van-01"),
                        "entries[0].detail", containsString("\"bulletinId\":" + bulletin));
    }
}
