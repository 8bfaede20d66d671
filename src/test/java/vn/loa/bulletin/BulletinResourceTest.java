package vn.loa.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

@QuarkusTest
class BulletinResourceTest {

    private static final String TEXT = "The water of the Nho Que river is rising. Move cattle to high ground tonight.";

    private long draft(final String language) {
        return as("staff").body(Map.of("title", "Flood warning", "text", TEXT, "language", language,
                "priority", "emergency")).post("/api/bulletins").then().statusCode(201)
                .header("Location", containsString("/api/bulletins/"))
                .body("state", equalTo("DRAFT"), "author", equalTo("staff"), "priority", equalTo("emergency"))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void approve_submittedEnglishBulletin_producesTaggedAudio() {
        final long id = draft("en");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED"), "decidedBy", equalTo("approver"),
                        "audio.sha256", matchesPattern("[0-9a-f]{64}"), "audio.durationMs", greaterThan(1000),
                        "audio.url", containsString("/api/audio/"));
    }

    @Test
    void preview_byAuthorAndApprover_givesPlayableAudioWithoutDeciding() {
        final long id = draft("en");
        final String url = as("staff").post("/api/bulletins/" + id + "/preview").then().statusCode(200)
                .body("durationMs", greaterThan(1000), "sha256", matchesPattern("[0-9a-f]{64}"))
                .extract().path("url");
        io.restassured.RestAssured.given().get(url).then().statusCode(200).contentType("audio/mpeg");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/preview").then().statusCode(200);
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"), "audio", equalTo(null));
        as("official").post("/api/bulletins/" + id + "/preview").then().statusCode(403);
    }

    @Test
    void approve_byAuthor_isForbidden() {
        as("admin").body(Map.of("username", "staff-approver", "password", "a-long-password-1",
                "role", "approver", "areaId", Api.demoAreaId())).post("/api/users").then().statusCode(201);
        // an approver cannot write bulletins, so the four-eyes rule is checked on the author name itself:
        final long id = draft("en");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("staff").post("/api/bulletins/" + id + "/approve").then().statusCode(403);
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void approve_draft_isConflict() {
        final long id = draft("en");
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/bulletin-not-submitted"));
    }

    @Test
    void approve_languageWithoutSpeechEngine_isRefusedAndStaysSubmitted() {
        final long id = draft("hmn"); // H'Mông: no speech engine speaks it; such bulletins are recorded instead
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/language-not-supported"), "detail", notNullValue());
        as("approver").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"), "audio", equalTo(null));
    }

    @Test
    void reject_withReason_thenAuthorEditsBackToDraft() {
        final long id = draft("en");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").body(Map.of("reason", "Say which villages")).post("/api/bulletins/" + id + "/reject")
                .then().statusCode(200).body("state", equalTo("REJECTED"), "rejectionReason", equalTo("Say which villages"));
        as("staff").body(Map.of("title", "Flood warning, Lũng Cú", "text", TEXT, "language", "en",
                "priority", "emergency")).put("/api/bulletins/" + id).then().statusCode(200)
                .body("state", equalTo("DRAFT"), "title", equalTo("Flood warning, Lũng Cú"));
    }

    @Test
    void reject_withoutReason_isBadRequest() {
        final long id = draft("en");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").body("{}").post("/api/bulletins/" + id + "/reject").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
    }

    @Test
    void edit_approvedBulletin_isConflict_andRevisionMakesNewDraft() {
        final long id = draft("en");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        as("staff").body(Map.of("title", "x", "text", "changed", "language", "en", "priority", "routine"))
                .put("/api/bulletins/" + id).then().statusCode(409).body("type", equalTo("/problems/bulletin-immutable"));
        as("staff").post("/api/bulletins/" + id + "/revisions").then().statusCode(201)
                .body("state", equalTo("DRAFT"), "revisionOf", equalTo((int) id), "text", equalTo(TEXT));
        as("staff").get("/api/bulletins/" + id).then().body("state", equalTo("APPROVED"), "text", equalTo(TEXT));
    }

    @Test
    void create_invalidJson_isProblem400() {
        as("staff").body("{\"title\": ").post("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void create_missingFields_listsThem() {
        as("staff").body(Map.of("title", "only a title")).post("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("text"), "errors.field", hasItem("language"),
                        "errors.field", hasItem("priority"));
    }

    @Test
    void create_unknownPriority_isProblem400() {
        as("staff").body(Map.of("title", "t", "text", "x", "language", "en", "priority", "urgent"))
                .post("/api/bulletins").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void create_textOverLimit_isRefused() {
        as("staff").body(Map.of("title", "t", "text", "a".repeat(Bulletin.MAX_TEXT + 1), "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
    }

    @Test
    void list_byState_filters_andUnknownStateIsProblem400() {
        draft("en");
        as("official").queryParam("state", "draft").get("/api/bulletins").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")));
        as("official").queryParam("state", "PUBLISHED").get("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-state"));
        as("official").queryParam("limit", "0").get("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void create_overlongLanguageTag_isProblem400() {
        as("staff").body(Map.of("title", "t", "text", "x", "language", "en-" + "abcdefgh-".repeat(5) + "x1",
                "priority", "routine")).post("/api/bulletins").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("language"));
    }

    @Test
    void get_unknownId_isProblem404() {
        as("official").get("/api/bulletins/987654").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    @Test
    void create_withoutLogin_is401_andWithWrongRole_is403() {
        given().contentType(ContentType.JSON).body("{}").post("/api/bulletins").then().statusCode(401);
        as("official").body(Map.of("title", "t", "text", "x", "language", "en", "priority", "routine"))
                .post("/api/bulletins").then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("staff", "wrong-password").get("/api/bulletins").then().statusCode(401);
    }

    @Test
    void submit_byAnotherStaffMember_isForbidden() {
        as("admin").body(Map.of("username", "staff2", "password", "another-long-password", "role", "staff",
                "areaId", Api.demoAreaId())).post("/api/users").then().statusCode(201);
        final long id = draft("en");
        given().auth().preemptive().basic("staff2", "another-long-password").contentType(ContentType.JSON)
                .post("/api/bulletins/" + id + "/submit").then().statusCode(403)
                .body("type", equalTo("/problems/not-author"));
    }
}
