package vn.loa.broadcast;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/** The schedule page's date: typed as dd/mm/yyyy whatever the browser's locale, parsed by the server. */
@QuarkusTest
class ScheduleDatePagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static String receiver() {
        final String id = "sd-" + Long.toString(System.nanoTime(), 36);
        as("admin").body(Map.of("id", id, "name", "Loa " + id, "village", "Thôn Má", "commune",
                "Xã ngày " + System.nanoTime())).post("/api/receivers").then().statusCode(201);
        return id;
    }

    private static String token(final UiSession s, final String page) {
        s.csrfFrom(page);
        final Matcher m = FORM_TOKEN.matcher(s.get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page);
        }
        return m.group(1);
    }

    private static Map<String, Object> form(final String token, final String date, final String time,
            final String rx) {
        final Map<String, Object> f = new HashMap<>();
        f.put("formToken", token);
        f.put("date", date);
        f.put("time", time);
        f.put("receivers", List.of(rx));
        return f;
    }

    @Test
    void form_dateField_isTextDayMonthYearNotTheBrowsersDatePicker() {
        final long bulletin = Api.approvedBulletin("Date field", "Market moves to Friday.");
        final String today = LocalDateTime.now(HCM).plusMinutes(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        UiSession.login(Api.provinceUser("staff")).get("/ui/bulletins/" + bulletin + "/schedule").then()
                .statusCode(200).body(containsString("name=\"date\" id=\"date\" inputmode=\"numeric\""),
                        containsString("pattern=\"\\d{1,2}/\\d{1,2}/\\d{4}\""),
                        containsString("placeholder=\"ngày/tháng/năm\""), not(containsString("type=\"date\"")),
                        containsString("value=\"" + today + "\""),
                        containsString("name=\"time\" id=\"time\" inputmode=\"numeric\" pattern=\"\\d{2}:\\d{2}(:\\d{2})?\""),
                        not(containsString("type=\"time\"")));
    }

    @Test
    void schedule_dayMonthYear_becomesThatDayInVietnam() {
        final String rx = receiver();
        final long bulletin = Api.approvedBulletin("Typed date", "Market moves to Friday.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final LocalDateTime at = LocalDateTime.now(HCM).plusDays(3).withHour(7).withMinute(0).withSecond(0).withNano(0);
        final Response r = staff.post(page, form(token(staff, page),
                at.format(DateTimeFormatter.ofPattern("d/M/yyyy")), "07:00", rx));
        assertEquals(303, r.statusCode(), r.asString());
        final long id = Long.parseLong(r.header("Location").replaceAll(".*/ui/broadcasts/(\\d+)$", "$1"));
        final String playAt = as(Api.provinceUser("official")).get("/api/broadcasts/" + id).then().statusCode(200)
                .extract().jsonPath().getString("playAt");
        assertEquals(at.atZone(HCM).toInstant(), java.time.OffsetDateTime.parse(playAt).toInstant());
    }

    @Test
    void schedule_badDates_messageInThePageInBothLanguages() {
        final String rx = receiver();
        final long bulletin = Api.approvedBulletin("Bad date", "Whenever.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        for (String bad : List.of("31/02/2030", "2030/12/06", "12-06-2030", "hôm nay", "")) {
            staff.post(page, form(token(staff, page), bad, "07:00", rx)).then().statusCode(400)
                    .body(containsString("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm"));
        }
        staff.get("/ui?lang=en");
        staff.post(page, form(token(staff, page), "32/01/2030", "07:00", rx)).then().statusCode(400)
                .body(containsString("Not a valid date; type it as day/month/year"));
    }
}
