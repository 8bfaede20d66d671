package vn.loa.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.UiSession;

/**
 * Words, not codes, on the bulletin pages (language, priority, state) in Vietnamese and English, what the compose
 * page says machine reading supports, and the on-air time: an estimate until an MP3 exists, then its real duration.
 */
@QuarkusTest
class BulletinWordsPagesTest {

    private static final Pattern ON_AIR_MS = Pattern.compile("id=\"on-air\" data-ms=\"(\\d+)\" data-measured=\"(\\w+)\"");

    private static long draft(final String title, final String language, final String priority) {
        return as("staff").body(Map.of("title", title, "text", "Clean the canal on Saturday morning.", "language",
                language, "priority", priority)).post("/api/bulletins").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long[] onAir(final String page) {
        final Matcher m = ON_AIR_MS.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no on-air time in " + page);
        }
        return new long[] {Long.parseLong(m.group(1)), Boolean.parseBoolean(m.group(2)) ? 1 : 0};
    }

    @Test
    void show_vietnamese_languagePriorityAndStateInWordsNoCodes() {
        final long id = draft("Words vi", "en", "emergency");
        UiSession.login("staff").get("/ui/bulletins/" + id + "?lang=vi").then().statusCode(200)
                .body(containsString("data-language=\"en\">Tiếng Anh</dd>"), containsString("Khẩn cấp"),
                        containsString(">Nháp</span>"), not(containsString(">en</dd>")),
                        not(containsString("EMERGENCY")), not(containsString(">emergency<")),
                        not(containsString(">DRAFT<")), containsString("máy đã đọc thử, gồm chuông, 3 lần đọc"));
    }

    @Test
    void show_english_languagePriorityAndStateInWordsNoCodes() {
        final long id = draft("Words en", "vi", "routine");
        UiSession.login("staff").get("/ui/bulletins/" + id + "?lang=en").then().statusCode(200)
                .body(containsString("data-language=\"vi\">Vietnamese</dd>"), containsString("Routine"),
                        containsString(">Draft</span>"), not(containsString(">vi</dd>")),
                        not(containsString("ROUTINE")), not(containsString(">DRAFT<")),
                        containsString("with the chime, 2 readings and pauses"));
    }

    @Test
    void show_recordedLanguage_knownNameOrTheNameAsTyped() {
        final long hmong = draft("Hmong", "hmn", "routine");
        UiSession.login("staff").get("/ui/bulletins/" + hmong + "?lang=vi").then().statusCode(200)
                .body(containsString(">Tiếng H&#39;Mông</dd>"), not(containsString(">hmn</dd>")));
        final long dao = draft("Dao", "Dao Đỏ", "routine");
        UiSession.login("staff").get("/ui/bulletins/" + dao + "?lang=en").then().statusCode(200)
                .body(containsString(">Dao Đỏ</dd>"));
    }

    @Test
    void show_afterListen_realMp3DurationMatchesTheSpokenFigureWithinAFrame() {
        final long id = draft("Listen " + System.nanoTime(), "en", "routine");
        final UiSession staff = UiSession.login("staff");
        final long[] estimate = onAir(staff.get("/ui/bulletins/" + id).asString());
        assertTrue(estimate[1] == 0, "not measured before any audio (the text is read through, not encoded)");
        staff.csrfFrom("/ui/bulletins/" + id);
        final String location = staff.post("/ui/bulletins/" + id + "/preview", Map.of()).then().statusCode(303)
                .extract().header("Location");
        final String page = staff.get(location.replaceAll("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("đo trên tệp MP3 đã tạo")).extract().asString();
        final long[] measured = onAir(page);
        assertTrue(measured[1] == 1, "measured after listening");
        assertTrue(Math.abs(measured[0] - estimate[0]) <= 100, "read through " + estimate[0] + " ms, MP3 "
                + measured[0] + " ms");
    }

    @Test
    void compose_saysWhatMachineReadingSupports() {
        UiSession.login("staff").get("/ui/bulletins/new").then().statusCode(200)
                .body(containsString("Máy đọc được bản tin tiếng Việt và tiếng Anh"),
                        containsString("Thời lượng phát: <span id=\"duration\""),
                        containsString("data-estimate=\"/ui/bulletins/estimate\""));
        UiSession.login("staff").get("/ui/bulletins/new?lang=en").then().statusCode(200)
                .body(containsString("The machine reads bulletins in Vietnamese and English"),
                        not(containsString("spoken by the machine (English)")));
    }

    @Test
    void estimate_staff_textReadThroughInThePagesLanguage() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui/bulletins/new");
        final Map<String, String> f = new HashMap<>(Map.of("text", "Bà con thôn Mường Kim di chuyển gia súc lên chỗ "
                + "cao trước 17:00.", "language", "vi", "priority", "routine", "voice", "", "rateWpm", ""));
        final long routine = staff.post("/ui/bulletins/estimate", f).then().statusCode(200)
                .contentType("application/json").body("ms", greaterThan(5_000), "spoken", equalTo(true),
                        "text", containsString("máy đã đọc thử")).extract().jsonPath().getLong("ms");
        f.put("priority", "emergency");
        final long emergency = staff.post("/ui/bulletins/estimate", f).then().statusCode(200).extract().jsonPath()
                .getLong("ms");
        assertTrue(emergency > routine, "three readings last longer than two");
        f.put("rateWpm", "not a number");
        f.put("voice", "no-such-voice");
        f.put("priority", "urgent!");
        staff.post("/ui/bulletins/estimate", f).then().statusCode(200).body("ms", equalTo((int) routine));
        f.put("language", "hmn");
        staff.post("/ui/bulletins/estimate", f).then().statusCode(200)
                .body("ms", nullValue(), "text", containsString("hãy ghi âm"));
    }

    @Test
    void estimate_badRequests_refused() {
        final UiSession staff = UiSession.login("staff");
        staff.csrfFrom("/ui/bulletins/new");
        staff.post("/ui/bulletins/estimate", Map.of("text", "x".repeat(Bulletin.MAX_TEXT + 1), "language", "en"))
                .then().statusCode(400).contentType(containsString("text/html")); // every /ui error is a page
        staff.request().contentType("application/x-www-form-urlencoded").formParam("text", "Hello.")
                .post("/ui/bulletins/estimate").then().statusCode(400);
        final UiSession approver = UiSession.login("approver");
        approver.csrfFrom("/ui");
        approver.post("/ui/bulletins/estimate", Map.of("text", "Hello.", "language", "en")).then().statusCode(403);
    }

    @Test
    void approvals_languageInWords() {
        final long id = draft("Queue words " + System.nanoTime(), "vi", "important");
        as("staff").post("/api/bulletins/" + id + "/submit").then().statusCode(200);
        UiSession.login("approver").get("/ui/approvals?lang=vi").then().statusCode(200)
                .body(containsString("data-language=\"vi\">Tiếng Việt</span>"), containsString("Quan trọng"),
                        not(containsString("IMPORTANT")));
        UiSession.login("approver").get("/ui/approvals?lang=en").then().statusCode(200)
                .body(containsString("data-language=\"vi\">Vietnamese</span>"), containsString("Important"));
    }
}
