package vn.loa.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** Compose, edit, submit and the bulletin page: roles, CSRF, escaping, limits and the double submit. */
@QuarkusTest
class BulletinPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private static String formToken(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }

    private static Map<String, String> form(final String token, final String title, final String text,
            final String action) {
        final Map<String, String> f = new HashMap<>();
        f.put("formToken", token);
        f.put("title", title);
        f.put("text", text);
        f.put("language", "en");
        f.put("priority", "important");
        f.put("action", action);
        return f;
    }

    private static long idFrom(final Response r) {
        assertEquals(303, r.statusCode(), r.asString());
        final String location = r.header("Location");
        return Long.parseLong(location.replaceAll(".*/ui/bulletins/(\\d+).*", "$1"));
    }

    private static int countTitled(final String title) {
        return as("official").get("/api/bulletins?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.title == '" + title + "' }").size();
    }

    @Test
    void compose_staff_showsFormWithCountAndScripts() {
        UiSession.login("staff").get("/ui/bulletins/new").then().statusCode(200)
                .body(containsString("name=\"formToken\""), containsString("name=\"csrf-token\""),
                        containsString("id=\"count\""), containsString("/js/compose.js"),
                        not(containsString("<script>")));
    }

    @Test
    void compose_approver_isForbidden() {
        UiSession.login("approver").get("/ui/bulletins/new").then().statusCode(403);
    }

    @Test
    void create_titleWithScript_isShownAsText() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/bulletins/new");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(token, "<script>alert(1)</script>", "Cattle to high ground.", "draft")));
        staff.get("/ui/bulletins/" + id).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")));
        staff.get("/ui/bulletins").then().body(not(containsString("<script>alert")));
    }

    @Test
    void create_overLongText_isRefusedWithMessageAndNothingCreated() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/bulletins/new");
        final String title = "Too long " + System.nanoTime();
        staff.post("/ui/bulletins", form(token, title, "a".repeat(Bulletin.MAX_TEXT + 1), "draft")).then()
                .statusCode(400).body(containsString("5001 ký tự, tối đa 5000"));
        assertEquals(0, countTitled(title));
    }

    @Test
    void create_blankTitleInEnglish_showsEnglishMessage() {
        final UiSession staff = UiSession.login("staff");
        staff.get("/ui?lang=en");
        final String token = formToken(staff, "/ui/bulletins/new");
        staff.post("/ui/bulletins", form(token, " ", "Some text.", "draft")).then().statusCode(400)
                .body(containsString("Title must not be empty."));
    }

    @Test
    void create_sameFormPostedTwice_createsOneBulletin() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/bulletins/new");
        final String title = "Twice " + System.nanoTime();
        final long first = idFrom(staff.post("/ui/bulletins", form(token, title, "Market day moved.", "draft")));
        final long second = idFrom(staff.post("/ui/bulletins", form(token, title, "Market day moved.", "draft")));
        assertEquals(first, second);
        assertEquals(1, countTitled(title));
    }

    @Test
    void create_forgedFormToken_isRefusedWithNewForm() {
        final UiSession staff = UiSession.login("staff");
        formToken(staff, "/ui/bulletins/new");
        final String title = "Forged " + System.nanoTime();
        staff.post("/ui/bulletins", form("forged", title, "Text.", "draft")).then().statusCode(400)
                .body(containsString("hết hạn"));
        assertEquals(0, countTitled(title));
    }

    @Test
    void create_withoutCsrfToken_is400() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/bulletins/new");
        final String title = "No CSRF " + System.nanoTime();
        staff.request().contentType("application/x-www-form-urlencoded")
                .formParams(form(token, title, "Text.", "draft")).post("/ui/bulletins").then().statusCode(400);
        assertEquals(0, countTitled(title));
    }

    @Test
    void create_submitButton_submitsForApproval() {
        final UiSession staff = UiSession.login("staff");
        final String token = formToken(staff, "/ui/bulletins/new");
        final long id = idFrom(staff.post("/ui/bulletins", form(token, "Vaccination day", "Bring children.", "submit")));
        as("staff").get("/api/bulletins/" + id).then().body("state", equalTo("SUBMITTED"), "language", equalTo("en"),
                "priority", equalTo("important"));
    }

    @Test
    void edit_draft_changesTextAndKeepsDraft() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(formToken(staff, "/ui/bulletins/new"), "Road closed", "The road is closed.", "draft")));
        staff.get("/ui/bulletins/" + id + "/edit").then().statusCode(200).body(containsString("The road is closed."));
        staff.csrfFrom("/ui/bulletins/" + id + "/edit");
        final Response r = staff.post("/ui/bulletins/" + id, form("", "Road closed", "The road opens at noon.", "draft"));
        assertEquals(303, r.statusCode());
        as("staff").get("/api/bulletins/" + id).then().body("text", equalTo("The road opens at noon."),
                "state", equalTo("DRAFT"));
    }

    @Test
    void submit_submittedBulletinAgain_showsConflictMessage() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(formToken(staff, "/ui/bulletins/new"), "Water cut", "No water on Sunday.", "submit")));
        staff.csrfFrom("/ui/bulletins/" + id);
        staff.post("/ui/bulletins/" + id + "/submit", Map.of()).then().statusCode(409)
                .body(containsString("Không thực hiện được"));
    }

    @Test
    void preview_author_playsAudioThatAnswers200() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(formToken(staff, "/ui/bulletins/new"), "Meeting", "Meeting at the school at eight.", "preview")));
        final String page = staff.get("/ui/bulletins/" + id + "?listen=x").asString();
        assertEquals(false, page.contains("<audio id=\"listen\""));
        final Response r = staff.get("/ui/bulletins/" + id);
        r.then().statusCode(200);
        final Matcher m = Pattern.compile("/ui/bulletins/" + id + "\\?listen=([0-9a-f]{64})").matcher(
                staff.post("/ui/bulletins/" + id + "/preview", Map.of()).header("Location"));
        org.junit.jupiter.api.Assertions.assertTrue(m.find());
        staff.get("/ui/bulletins/" + id + "?listen=" + m.group(1)).then()
                .body(containsString("src=\"/api/audio/" + m.group(1) + ".mp3\""));
        io.restassured.RestAssured.given().get("/api/audio/" + m.group(1) + ".mp3").then().statusCode(200);
    }
}
