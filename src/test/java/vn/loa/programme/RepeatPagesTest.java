package vn.loa.programme;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.Broadcast;
import vn.loa.support.Api;
import vn.loa.support.UiSession;

/** The schedule page's repeat options in plain words, Vietnamese and English. */
@QuarkusTest
class RepeatPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String receiver() {
        final String id = "rp-" + Long.toString(System.nanoTime(), 36);
        as("admin").body(Map.of("id", id, "name", "Loa " + id, "village", "Thôn Lặp", "commune",
                "Xã lặp " + System.nanoTime())).post("/api/receivers").then().statusCode(201);
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

    private static Map<String, Object> form(final String token, final String rx, final LocalDate day) {
        final Map<String, Object> f = new HashMap<>();
        f.put("formToken", token);
        f.put("date", day.format(DAY));
        f.put("time", "06:00");
        f.put("receivers", List.of(rx));
        return f;
    }

    private static long seriesCount(final long bulletin) {
        return QuarkusTransaction.requiringNew().call(() -> Series.count("bulletinId", bulletin));
    }

    @Test
    void form_repeatOptionsInPlainWords_vietnameseAndEnglish() {
        final long bulletin = Api.approvedBulletin("Repeat words", "Market moves to Friday.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        staff.get("/ui/bulletins/" + bulletin + "/schedule").then().statusCode(200).body(
                containsString("Hằng ngày"), containsString("Các ngày trong tuần"), containsString("Đến ngày…"),
                containsString("Thứ Hai"), containsString("Mỗi 30 phút"));
        staff.get("/ui/bulletins/" + bulletin + "/schedule?lang=en").then().statusCode(200).body(
                containsString("Every day"), containsString("On these days of the week"), containsString("On a day…"),
                containsString("Monday"));
    }

    @Test
    void schedule_dailyUntilADay_aSeriesWhoseOccurrencesEndThatDay() {
        final String rx = receiver();
        final long bulletin = Api.approvedBulletin("Daily news", "Market moves to Friday.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final LocalDate first = LocalDate.now(HCM).plusDays(1);
        final Map<String, Object> f = form(token(staff, page), rx, first);
        f.put("repeat", "DAILY");
        f.put("ends", "until");
        f.put("untilDay", first.plusDays(2).format(DAY));
        final Response r = staff.post(page, f);
        assertEquals(303, r.statusCode(), r.asString());
        assertTrue(r.header("Location").matches(".*/ui/broadcasts/\\d+$"), r.header("Location"));
        final List<Broadcast> made = QuarkusTransaction.requiringNew().call(() -> Broadcast.<Broadcast>list(
                "bulletinId = ?1 order by playAt", bulletin));
        assertEquals(3, made.size());
        assertEquals(first.plusDays(2).atTime(6, 0).atZone(HCM).toInstant(), made.get(2).playAt);
        assertEquals(1, seriesCount(bulletin));
    }

    @Test
    void schedule_weekdaysWithNoneChosen_messageInThePageNothingSaved() {
        final String rx = receiver();
        final long bulletin = Api.approvedBulletin("Weekday news", "Market moves to Friday.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final Map<String, Object> f = form(token(staff, page), rx, LocalDate.now(HCM).plusDays(1));
        f.put("repeat", "WEEKDAYS");
        f.put("ends", "count");
        f.put("count", "3");
        final Response r = staff.post(page, f);
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("Hãy chọn ít nhất một ngày trong tuần."), r.asString());
        assertEquals(0, seriesCount(bulletin));
    }

    @Test
    void schedule_absurdCount_messageInThePageNothingSaved() {
        final String rx = receiver();
        final long bulletin = Api.approvedBulletin("Many plays", "Market moves to Friday.");
        final UiSession staff = UiSession.login(Api.provinceUser("staff"));
        final String page = "/ui/bulletins/" + bulletin + "/schedule";
        final Map<String, Object> f = form(token(staff, page), rx, LocalDate.now(HCM).plusDays(1));
        f.put("repeat", "HALF_HOURLY");
        f.put("windowEnd", "07:00");
        f.put("ends", "count");
        f.put("count", "100000");
        final Response r = staff.post(page, f);
        assertEquals(400, r.statusCode());
        assertTrue(r.asString().contains("quá nhiều lần phát"), r.asString());
        f.put("count", "many");
        f.put("formToken", token(staff, page));
        final Response bad = staff.post(page, f);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Lựa chọn lặp lại không hợp lệ"), bad.asString());
        assertEquals(0, seriesCount(bulletin));
    }
}
