package vn.loa.template;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/** The template pages: list, compose, decide, and the send form with its refusals in the page. */
@QuarkusTest
class TemplatePagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final String TEXT = "Lũ ở {thon}. Sơ tán trước {gio}.";

    /** An approved Vietnamese template with an area and a time blank. */
    private static long approved(final String title) {
        final long id = as("staff").body(Map.of("title", title, "text", TEXT, "language", "vi", "priority",
                "emergency", "blanks", List.of(Map.of("name", "thon", "label", "Thôn", "kind", "area"),
                        Map.of("name", "gio", "label", "Giờ sơ tán", "kind", "time")))).post("/api/templates")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("staff").post("/api/templates/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/templates/" + id + "/approve").then().statusCode(200);
        return id;
    }

    @Test
    void list_approvedTemplate_hasSendButtonForStaffOnly() {
        final long id = approved("Mẫu <b>lũ</b> " + System.nanoTime());
        UiSession.login("staff").get("/ui/templates").then().statusCode(200)
                .body(containsString("Mẫu &lt;b&gt;lũ&lt;/b&gt;"), containsString("/ui/templates/" + id + "/send"),
                        containsString("Gửi khẩn cấp"));
        UiSession.login("approver").get("/ui/templates").then().statusCode(200)
                .body(not(containsString("/ui/templates/" + id + "/send")));
        UiSession.login("staff").get("/ui/templates?lang=en").then().statusCode(200)
                .body(containsString("Emergency templates"), containsString("Send emergency"));
    }

    @Test
    void compose_goodForm_createsDraftWithBlanks() {
        final UiSession staff = UiSession.login("staff");
        final String title = "Mẫu soạn " + System.nanoTime();
        final Map<String, Object> form = composeForm(staff, title, "Bão đến {thon} lúc {gio}, {so} hộ sơ tán.");
        form.put("blankName", List.of("thon", "gio", "so", ""));
        form.put("blankLabel", List.of("Thôn", "Giờ", "Số hộ", ""));
        form.put("blankKind", List.of("area", "time", "number", "time"));
        form.put("blankMin", List.of("", "", "1", ""));
        form.put("blankMax", List.of("", "", "300", ""));
        form.put("blankMaxLength", List.of("", "", "", ""));
        final Response r = staff.post("/ui/templates", form);
        assertEquals(303, r.statusCode(), r.asString());
        final String location = r.header("Location");
        final long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        as("staff").get("/api/templates/" + id).then().statusCode(200).body("title", equalTo(title),
                "state", equalTo("DRAFT"), "blanks.name", equalTo(List.of("thon", "gio", "so")),
                "blanks[2].max", equalTo(300));
        staff.get("/ui/templates/" + id).then().statusCode(200).body(containsString("Số hộ"),
                containsString("id=\"submit\""));
    }

    @Test
    void compose_undeclaredBlank_messageInPage_nothingMade() {
        final UiSession staff = UiSession.login("staff");
        final String title = "Mẫu sai " + System.nanoTime();
        final Map<String, Object> form = composeForm(staff, title, "Lũ lúc {gio}.");
        staff.post("/ui/templates", form).then().statusCode(400).body(containsString("{gio}"),
                containsString("class=\"error\""), containsString(title));
        final Map<String, Object> badNumber = composeForm(staff, title, "{so} hộ.");
        badNumber.put("blankName", List.of("so"));
        badNumber.put("blankLabel", List.of("Số"));
        badNumber.put("blankKind", List.of("number"));
        badNumber.put("blankMin", List.of("1"));
        badNumber.put("blankMax", List.of("nhiều"));
        badNumber.put("blankMaxLength", List.of(""));
        staff.post("/ui/templates", badNumber).then().statusCode(400).body(containsString("nhiều"));
        as("admin").get("/api/templates?limit=1000").then().body(not(containsString(title)));
    }

    @Test
    void decide_approverApprovesOrSendsBack_inThePage() {
        final long id = as("staff").body(Map.of("title", "Mẫu duyệt", "text", "Sơ tán ngay.", "language", "vi",
                "priority", "important", "blanks", List.of())).post("/api/templates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui/templates/" + id);
        assertEquals(303, staff.post("/ui/templates/" + id + "/submit", Map.of()).statusCode());
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui/templates/" + id);
        approver.get("/ui/templates/" + id).then().body(containsString("id=\"approve\""));
        approver.post("/ui/templates/" + id + "/reject", Map.of("reason", " ")).then().statusCode(400)
                .body(containsString("Cần ghi lý do trả lại"));
        as("approver").get("/api/templates/" + id).then().body("state", equalTo("SUBMITTED"));
        assertEquals(303, approver.post("/ui/templates/" + id + "/approve", Map.of()).statusCode());
        as("approver").get("/api/templates/" + id).then().body("state", equalTo("APPROVED"));
        // deciding twice is refused in the page
        approver.post("/ui/templates/" + id + "/approve", Map.of()).then().statusCode(409)
                .body(containsString("class=\"error\""));
    }

    @Test
    void edit_approvedTemplate_filledFormThenDraftAgainWithTheChange() {
        final String title = "Mẫu sửa " + System.nanoTime();
        final long id = approved(title);
        final UiSession staff = UiSession.login("staff");
        staff.get("/ui/templates/" + id).then().statusCode(200).body(containsString("id=\"edit\""));
        staff.get("/ui/templates/" + id + "/edit").then().statusCode(200)
                .body(containsString("action=\"/ui/templates/" + id + "/edit\""), containsString(title),
                        containsString("value=\"thon\""), containsString("value=\"gio\""),
                        containsString("id=\"edit-hint\""), not(containsString("name=\"formToken\"")));
        staff.csrfFrom("/ui/templates/" + id + "/edit");
        final Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("text", "Lũ ở {thon}. Sơ tán ngay trước {gio}, mang theo giấy tờ.");
        form.put("language", "vi");
        form.put("priority", "emergency");
        form.put("blankName", List.of("thon", "gio"));
        form.put("blankLabel", List.of("Thôn", "Giờ sơ tán"));
        form.put("blankKind", List.of("area", "time"));
        form.put("blankMin", List.of("", ""));
        form.put("blankMax", List.of("", ""));
        form.put("blankMaxLength", List.of("", ""));
        final Response r = staff.post("/ui/templates/" + id + "/edit", form);
        assertEquals(303, r.statusCode(), r.asString());
        as("staff").get("/api/templates/" + id).then().statusCode(200).body("state", equalTo("DRAFT"),
                "text", equalTo("Lũ ở {thon}. Sơ tán ngay trước {gio}, mang theo giấy tờ."));
        // a blank the text uses but the form does not declare: a message in the page, nothing changed
        form.put("text", "Lũ ở {thon} lúc {gio}, {so} hộ.");
        staff.post("/ui/templates/" + id + "/edit", form).then().statusCode(400)
                .body(containsString("{so}"), containsString("class=\"error\""));
        as("staff").get("/api/templates/" + id).then().body("text",
                equalTo("Lũ ở {thon}. Sơ tán ngay trước {gio}, mang theo giấy tờ."));
        // only the author changes a template: no form for another staff member, and their change is refused
        final String other = vn.loa.support.Api.provinceUser("staff");
        final UiSession otherStaff = UiSession.login(other);
        otherStaff.get("/ui/templates/" + id + "/edit").then().statusCode(403);
        otherStaff.csrfFrom("/ui/templates/" + id);
        form.put("text", "Lũ ở {thon}. Đi ngay trước {gio}.");
        otherStaff.post("/ui/templates/" + id + "/edit", form).then().statusCode(403);
        as("staff").get("/api/templates/" + id).then().body("text",
                equalTo("Lũ ở {thon}. Sơ tán ngay trước {gio}, mang theo giấy tờ."));
    }

    @Test
    void sendForm_oneInputPerBlank_withHintPatternAndChoices() {
        final long id = approved("Mẫu biểu mẫu " + System.nanoTime());
        UiSession.login("staff").get("/ui/templates/" + id + "/send").then().statusCode(200)
                .body(containsString("Giờ sơ tán"), containsString("Giờ:phút, 24 giờ"),
                        containsString("pattern=\"([01]?[0-9]|2[0-3]):[0-5][0-9]\""),
                        containsString("<option value=\"Thèn Ván\""), containsString("name=\"confirm\""),
                        containsString("Lũng Cú"), not(containsString("Minh Tân")));
    }

    @Test
    void send_badFill_messageNamesTheBlank_nothingSent() {
        final long id = approved("Mẫu gửi sai " + System.nanoTime());
        final UiSession staff = UiSession.login("staff");
        final int before = bulletinCount();
        staff.post("/ui/templates/" + id + "/send", sendForm(staff, id, "Thèn Ván", "25:00", true)).then()
                .statusCode(400).body(containsString("Giờ sơ tán"), containsString("không đúng mẫu"),
                        containsString("value=\"25:00\""));
        staff.post("/ui/templates/" + id + "/send", sendForm(staff, id, "<script>x</script>", "07:30", true)).then()
                .statusCode(400).body(containsString("Ô «Thôn»"), not(containsString("<script>x")));
        staff.post("/ui/templates/" + id + "/send", sendForm(staff, id, "Thèn Ván", "07:30", false)).then()
                .statusCode(400).body(containsString("Cần đánh dấu xác nhận"));
        assertEquals(before, bulletinCount(), "a refused send makes nothing");
    }

    @Test
    void send_good_redirectsToResult_once() {
        final long id = approved("Mẫu gửi " + System.nanoTime());
        final UiSession staff = UiSession.login("staff");
        final Map<String, Object> form = sendForm(staff, id, "thèn ván", "6:45", true);
        final Response r = staff.post("/ui/templates/" + id + "/send", form);
        assertEquals(303, r.statusCode(), r.asString());
        final String result = r.header("Location");
        assertTrue(result.contains("/ui/templates/" + id + "/sent/"), result);
        final String broadcast = result.substring(result.lastIndexOf('/') + 1);
        staff.get(result).then().statusCode(200).body(containsString("Lũ ở Thèn Ván. Sơ tán trước 06:45."),
                containsString("/ui/broadcasts/" + broadcast), containsString("approver"));
        // the same form again (a double tap) sends nothing more
        final Response again = staff.post("/ui/templates/" + id + "/send", form);
        assertEquals(303, again.statusCode());
        assertEquals(result, again.header("Location"));
    }

    private static Map<String, Object> composeForm(final UiSession staff, final String title, final String text) {
        final Map<String, Object> form = new HashMap<>();
        form.put("formToken", token(staff, "/ui/templates/new"));
        form.put("title", title);
        form.put("text", text);
        form.put("language", "vi");
        form.put("priority", "emergency");
        return form;
    }

    private static Map<String, Object> sendForm(final UiSession staff, final long id, final String thon,
            final String gio, final boolean confirm) {
        final Map<String, Object> form = new HashMap<>();
        form.put("formToken", token(staff, "/ui/templates/" + id + "/send"));
        form.put("blank", List.of("thon", "gio"));
        form.put("fill", List.of(thon, gio));
        form.put("area", List.of(String.valueOf(TemplateResourceTest.areaId("Lô Lô Chải"))));
        if (confirm) {
            form.put("confirm", "yes");
        }
        return form;
    }

    /** Reads a page's one-time form token (and, through the session, its CSRF token). */
    private static String token(final UiSession session, final String page) {
        session.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(session.get(page).asString());
        assertTrue(m.find(), page + " has a form token");
        return m.group(1);
    }

    private static int bulletinCount() {
        return as("admin").get("/api/bulletins?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("id").size();
    }
}
