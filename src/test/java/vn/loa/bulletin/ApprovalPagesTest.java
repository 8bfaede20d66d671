package vn.loa.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** The approval queue: who may see it, listening, approving, and sending back with a required reason. */
@QuarkusTest
class ApprovalPagesTest {

    private static long submitted(final String title) {
        final long id = as("staff").body(Map.of("title", title, "text", "Clean the canal on Saturday morning.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        return id;
    }

    @Test
    void queue_staff_isForbidden() {
        UiSession.login("staff").get("/ui/approvals").then().statusCode(403);
    }

    @Test
    void queue_approver_listsSubmittedBulletinsEscaped() {
        submitted("Canal <b>work</b>");
        UiSession.login("approver").get("/ui/approvals").then().statusCode(200)
                .body(containsString("Canal &lt;b&gt;work&lt;/b&gt;"));
    }

    @Test
    void reject_emptyReason_showsMessageAndChangesNothing() {
        final long id = submitted("Reject me " + System.nanoTime());
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui/approvals");
        approver.post("/ui/approvals/" + id + "/reject", Map.of("reason", "  ")).then().statusCode(400)
                .body(containsString("Cần ghi lý do trả lại"));
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void reject_withReason_sendsBack() {
        final long id = submitted("Reject me too " + System.nanoTime());
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui/approvals");
        final Response r = approver.post("/ui/approvals/" + id + "/reject", Map.of("reason", "Say which canal."));
        assertEquals(303, r.statusCode());
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("REJECTED"),
                "rejectionReason", equalTo("Say which canal."));
    }

    @Test
    void listenThenApprove_givesPlayableAudioAndApproves() {
        final long id = submitted("Approve me " + System.nanoTime());
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui/approvals");
        final String location = approver.post("/ui/approvals/" + id + "/listen", Map.of()).then().statusCode(303)
                .extract().header("Location");
        final String sha = location.replaceAll(".*sha=([0-9a-f]{64}).*", "$1");
        approver.get("/ui/approvals?listen=" + id + "&sha=" + sha).then()
                .body(containsString("src=\"/api/audio/" + sha + ".mp3\""));
        io.restassured.RestAssured.given().get("/api/audio/" + sha + ".mp3").then().statusCode(200);
        approver.post("/ui/approvals/" + id + "/approve", Map.of()).then().statusCode(303);
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("APPROVED"));
        // a second approval (a double tap) changes nothing and says why
        approver.post("/ui/approvals/" + id + "/approve", Map.of()).then().statusCode(409)
                .body(containsString("Không thực hiện được"));
    }

    @Test
    void approve_withoutCsrfToken_is400() {
        final long id = submitted("No token " + System.nanoTime());
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui/approvals");
        approver.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/ui/approvals/" + id + "/approve").then().statusCode(400);
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"));
    }
}
