package vn.loa.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/**
 * Whether a bulletin goes on its commune's public page: text by default yes, a recording no; the author's choice in
 * the API and on the compose and bulletin pages until approval, refused after it; audited like other edits.
 */
@QuarkusTest
class PublicChoiceTest {

    private static long draft(final Map<String, Object> extra) {
        final Map<String, Object> body = new HashMap<>(Map.of("title", "Công khai " + System.nanoTime(),
                "text", "Meeting at eight.", "language", "en", "priority", "routine"));
        body.putAll(extra);
        return as("staff").body(body).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void text_isPublicByDefault_andTheChoiceIsKept() {
        final long id = draft(Map.of());
        as("staff").get("/api/bulletins/" + id).then().body("public", equalTo(true));
        final long hidden = draft(Map.of("public", false));
        as("staff").get("/api/bulletins/" + hidden).then().body("public", equalTo(false));
        // an edit without the field keeps it; with it, changes it
        as("staff").body(Map.of("title", "t", "text", "Meeting at nine.", "language", "en", "priority", "routine"))
                .put("/api/bulletins/" + hidden).then().statusCode(200).body("public", equalTo(false));
        as("staff").body(Map.of("title", "t", "text", "Meeting at nine.", "language", "en", "priority", "routine",
                "public", true)).put("/api/bulletins/" + hidden).then().statusCode(200).body("public", equalTo(true));
    }

    @Test
    void recording_isNotPublicByDefault() {
        final Bulletin b = new Bulletin();
        b.recordingSha256 = "ab".repeat(32);
        assertFalse(b.shownInPublic());
        b.publicChoice = true;
        assertTrue(b.shownInPublic());
        b.recordingSha256 = null;
        b.publicChoice = null;
        assertTrue(b.shownInPublic());
    }

    @Test
    void choice_changesUntilApproval_thenIsRefused_andIsAudited() {
        final long id = draft(Map.of());
        as("staff").body(Map.of("public", false)).put("/api/bulletins/" + id + "/public").then().statusCode(200)
                .body("public", equalTo(false)).body("state", equalTo("DRAFT"));
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        // submitted: the choice may still change, and the bulletin stays submitted for the approver
        as("staff").body(Map.of("public", true)).put("/api/bulletins/" + id + "/public").then().statusCode(200)
                .body("public", equalTo(true)).body("state", equalTo("SUBMITTED"));
        final String queue = UiSession.login("approver").get("/ui/approvals").then().statusCode(200).extract()
                .asString();
        final Matcher item = Pattern.compile("<li id=\"b" + id + "\".*?</li>", Pattern.DOTALL).matcher(queue);
        assertTrue(item.find(), "the bulletin waits in the approver's queue");
        assertTrue(item.group().contains("data-public=\"true\""), "the approver sees it will be public: " + item.group());
        as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200).body("public", equalTo(true));
        as("staff").body(Map.of("public", false)).put("/api/bulletins/" + id + "/public").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("bulletin-public-fixed"))
                .body("detail", containsString("approved"));
        as("staff").get("/api/bulletins/" + id).then().body("public", equalTo(true));
        final JsonPath audit = as("official").queryParam("subject", "bulletin:" + id).get("/api/audit").then()
                .statusCode(200).extract().jsonPath();
        final List<String> actions = audit.getList("entries.action");
        assertEquals(2, actions.stream().filter("bulletin.public-set"::equals).count(), actions.toString());
    }

    @Test
    void badChoice_isRefused() {
        final long id = draft(Map.of());
        as("staff").body(Map.of()).put("/api/bulletins/" + id + "/public").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        as("staff").body(Map.of("public", "yes")).put("/api/bulletins/" + id + "/public").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        as("staff").body(Map.of("title", "t", "text", "x", "language", "en", "priority", "routine", "public", 1))
                .post("/api/bulletins").then().statusCode(400);
        // another author's bulletin: not theirs to publish
        as(Api.provinceUser("staff")).body(Map.of("public", false)).put("/api/bulletins/" + id + "/public").then()
                .statusCode(403).body("type", containsString("not-author"));
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private static String formToken(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        assertTrue(m.find(), "no form token on " + page);
        return m.group(1);
    }

    private static long idFrom(final Response r) {
        final String location = r.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void composePage_boxTickedForText_untickedKeepsItPrivate_bulletinPageToggles() {
        final UiSession staff = UiSession.login("staff");
        final String page = staff.get("/ui/bulletins/new").asString();
        assertTrue(page.contains("name=\"public\" value=\"on\" id=\"public\" checked"), page);
        final Map<String, String> form = new HashMap<>(Map.of("formToken", formToken(staff, "/ui/bulletins/new"),
                "title", "Riêng " + System.nanoTime(), "text", "Meeting at eight.", "language", "en",
                "priority", "routine", "action", "draft"));
        final long id = idFrom(staff.post("/ui/bulletins", form).then().statusCode(303).extract().response());
        assertEquals(Boolean.FALSE, Bulletins.choice(id));
        staff.get("/ui/bulletins/" + id).then().body(containsString("data-public=\"false\""));

        final Map<String, String> ticked = new HashMap<>(form);
        ticked.put("formToken", formToken(staff, "/ui/bulletins/new"));
        ticked.put("public", "on");
        final long shown = idFrom(staff.post("/ui/bulletins", ticked).then().statusCode(303).extract().response());
        assertNull(Bulletins.choice(shown), "ticked on a text is the default, so a recording added later is not public");

        staff.csrfFrom("/ui/bulletins/" + id);
        staff.post("/ui/bulletins/" + id + "/public", Map.of("public", "yes")).then().statusCode(303);
        staff.get("/ui/bulletins/" + id).then().body(containsString("data-public=\"true\""));
        Api.as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        Api.as("approver").post("/api/bulletins/" + id + "/approve").then().statusCode(200);
        staff.csrfFrom("/ui/bulletins/" + id);
        staff.post("/ui/bulletins/" + id + "/public", Map.of("public", "no")).then().statusCode(409)
                .body(containsString("approved"));
    }

    /** Reads the stored choice. */
    static final class Bulletins {
        static Boolean choice(final long id) {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                    ((Bulletin) Bulletin.findById(id)).publicChoice);
        }
    }
}
