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

/** The compose page's voice and rate: offered, saved, shown, checked, in Vietnamese and English. */
@QuarkusTest
class BulletinVoicePagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private static String formToken(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }

    private static Map<String, String> form(final String token, final String language, final String voice,
            final String rate) {
        final Map<String, String> f = new HashMap<>();
        f.put("formToken", token);
        f.put("title", "Tiêm phòng cho trâu bò " + System.nanoTime());
        f.put("text", "Sáng mai cán bộ thú y về thôn tiêm phòng cho trâu bò.");
        f.put("language", language);
        f.put("priority", "routine");
        f.put("voice", voice);
        f.put("rateWpm", rate);
        f.put("action", "draft");
        return f;
    }

    private static long idFrom(final Response r) {
        assertEquals(303, r.statusCode(), r.asString());
        return Long.parseLong(r.header("Location").replaceAll(".*/ui/bulletins/(\\d+).*", "$1"));
    }

    @Test
    void compose_offersEveryVoiceTaggedWithItsLanguageAndTheRateBounds() {
        UiSession.login("staff").get("/ui/bulletins/new").then().statusCode(200)
                .body(containsString("<select name=\"voice\" id=\"voice\">"),
                        containsString("<option value=\"vi-vn-x-south\" data-language=\"vi\">Miền Nam (Sài Gòn)"),
                        containsString("<option value=\"vi-vn-x-central\" data-language=\"vi\">Miền Trung (Huế)"),
                        containsString("<option value=\"kevin16\" data-language=\"en\">"),
                        containsString("<option value=\"\" selected>Giọng mặc định của ngôn ngữ"),
                        containsString("name=\"rateWpm\" id=\"rate\" min=\"80\" max=\"300\""));
    }

    @Test
    void compose_english_voiceWordsInEnglish() {
        UiSession.login("staff").get("/ui/bulletins/new?lang=en").then().statusCode(200)
                .body(containsString("Southern (Sài Gòn)"), containsString("Speaking rate"),
                        containsString("The language&#39;s default voice"));
    }

    @Test
    void create_voiceAndRate_savedShownAndPreselectedOnEdit() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(formToken(staff, "/ui/bulletins/new"), "vi", "vi-vn-x-south", "120")));
        as("staff").get("/api/bulletins/" + id).then().body("voice", equalTo("vi-vn-x-south"), "rateWpm",
                equalTo(120));
        staff.get("/ui/bulletins/" + id).then().statusCode(200)
                .body(containsString("<dd id=\"voice\">Miền Nam (Sài Gòn)</dd>"),
                        containsString("<dd id=\"rate\">120 từ/phút</dd>"));
        staff.get("/ui/bulletins/" + id + "/edit").then().statusCode(200)
                .body(containsString("<option value=\"vi-vn-x-south\" data-language=\"vi\" selected>"),
                        containsString("value=\"120\""));
    }

    @Test
    void create_noVoiceOrRate_defaultsShown() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins", form(formToken(staff, "/ui/bulletins/new"), "vi", "", "")));
        as("staff").get("/api/bulletins/" + id).then().body("voice", equalTo(null), "rateWpm", equalTo(null));
        staff.get("/ui/bulletins/" + id).then()
                .body(containsString("<dd id=\"voice\">Giọng mặc định của ngôn ngữ</dd>"),
                        containsString("<dd id=\"rate\">150 từ/phút</dd>"));
    }

    @Test
    void create_rateOutOfBoundsOrNotANumber_formShownAgainWithMessage() {
        final UiSession staff = UiSession.login("staff");
        staff.post("/ui/bulletins", form(formToken(staff, "/ui/bulletins/new"), "vi", "", "500")).then()
                .statusCode(400).body(containsString("Tốc độ đọc phải từ 80 đến 300 từ/phút."),
                        containsString("value=\"500\""));
        staff.post("/ui/bulletins", form(formToken(staff, "/ui/bulletins/new"), "vi", "", "nhanh")).then()
                .statusCode(400).body(containsString("Tốc độ đọc không hợp lệ."));
    }

    @Test
    void create_voiceOfAnotherLanguage_refusedInThePage() {
        final UiSession staff = UiSession.login("staff");
        final Map<String, String> f = form(formToken(staff, "/ui/bulletins/new"), "en", "vi-vn-x-south", "");
        staff.post("/ui/bulletins", f).then().statusCode(400)
                .body(containsString("Ngôn ngữ en không có giọng đọc vi-vn-x-south; các giọng dùng được: kevin16."));
        f.put("formToken", formToken(staff, "/ui/bulletins/new?lang=en"));
        staff.post("/ui/bulletins", f).then().statusCode(400)
                .body(containsString("The language en has no voice vi-vn-x-south; the voices are: kevin16."));
        assertEquals(0, as("official").get("/api/bulletins?limit=1000").then().extract().jsonPath()
                .getList("findAll { it.title == '" + f.get("title") + "' }").size());
    }

    @Test
    void edit_changesVoice() {
        final UiSession staff = UiSession.login("staff");
        final long id = idFrom(staff.post("/ui/bulletins",
                form(formToken(staff, "/ui/bulletins/new"), "vi", "vi-vn-x-south", "120")));
        final Map<String, String> f = form(formToken(staff, "/ui/bulletins/" + id + "/edit"), "vi",
                "vi-vn-x-central", "");
        assertEquals(303, staff.post("/ui/bulletins/" + id, f).statusCode());
        as("staff").get("/api/bulletins/" + id).then().body("voice", equalTo("vi-vn-x-central"),
                "rateWpm", equalTo(null));
        staff.get("/ui/bulletins/" + id).then().body(not(containsString("Miền Nam")));
    }
}
