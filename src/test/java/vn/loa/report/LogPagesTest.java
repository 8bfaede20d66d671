package vn.loa.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.UiSession;

/** The officials' log page and its downloads, through a logged-in browser session. */
@QuarkusTest
class LogPagesTest {

    private static final String COMMUNE = "Xã Lũng Phìn";
    private static boolean seeded;

    @Inject
    LogFixture fixture;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        fixture.receiver("rx-lung-phin-a", "Loa <script>alert('rx')</script>", "Lũng Phìn <b>", COMMUNE);
        final long b = fixture.bulletin("Tiêm phòng <img src=x onerror=alert(1)>");
        fixture.broadcast(b, OffsetDateTime.parse("2026-10-10T08:00:00+07:00").toInstant(), "rx-lung-phin-a",
                DeliveryState.PLAYED);
        fixture.broadcast(b, OffsetDateTime.parse("2026-10-11T08:00:00+07:00").toInstant(), "rx-lung-phin-a",
                DeliveryState.FAILED);
    }

    private static Response page(final String user, final String query) {
        return UiSession.login("admin".equals(user) ? user : vn.loa.support.Api.provinceUser(user)).get("/ui/log" + query);
    }

    @Test
    void page_official_showsRowsCoverageChartAndDownloadLinks() {
        page("official", "?from=2026-10-10&to=2026-10-11&commune=" + COMMUNE).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"coverage\""), containsString("50.0 %"),
                        containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""),
                        containsString("class=\"played\""),
                        containsString("08:00"),
                        containsString("href=\"/ui/log/export.csv?from=2026-10-10&amp;to=2026-10-11&amp;commune="),
                        containsString("href=\"/ui/log/export.xlsx?from=2026-10-10"));
    }

    @Test
    void page_everyReadingRole_mayOpen() {
        for (String user : List.of("official", "admin", "staff", "approver")) {
            page(user, "").then().statusCode(200).body(containsString("id=\"log-filter\""));
        }
        RestAssured.given().redirects().follow(false).get("/ui/log").then().statusCode(302)
                .header("Location", endsWith("/ui/login"));
    }

    @Test
    void page_namesAndTitlesWithMarkup_areEscaped() {
        page("official", "?commune=" + COMMUNE + "&from=2026-10-10&to=2026-10-11").then().statusCode(200)
                .body(not(containsString("<script>alert")), not(containsString("<img src=x")),
                        containsString("Loa &lt;script&gt;alert(&#39;rx&#39;)&lt;/script&gt;"),
                        containsString("Tiêm phòng &lt;img src=x onerror=alert(1)&gt;"),
                        containsString("Lũng Phìn &lt;b&gt;"));
    }

    @Test
    void page_stateFilter_keepsBoxesCheckedAndRows() {
        page("official", "?commune=" + COMMUNE + "&state=failed").then().statusCode(200)
                .body(containsString("value=\"failed\" checked"), not(containsString("value=\"played\" checked")),
                        containsString("state-FAILED"), not(containsString("data-state=\"played\">")),
                        containsString("state=failed"));
    }

    @Test
    void page_badFilter_showsErrorInThePage() {
        page("official", "?from=2026-10-11&to=2026-10-01").then().statusCode(200)
                .body(containsString("id=\"log-error\""), containsString("&#39;Đến ngày&#39; phải sau &#39;Từ ngày&#39;"));
        page("official", "?from=11/10/2026&to=01/10/2026&lang=en").then().statusCode(200)
                .body(containsString("id=\"log-error\""), containsString("&#39;To&#39; must be after &#39;From&#39;"));
        page("official", "?state=lost").then().statusCode(200).body(containsString("id=\"log-error\""),
                containsString("Trạng thái không hợp lệ."));
    }

    @Test
    void page_badDates_messageInThePageInBothLanguages() {
        for (String bad : List.of("31/02/2026", "2026/10/10", "10-10-2026", "hôm qua", "1/13/2026")) {
            page("official", "?from=" + bad).then().statusCode(200).body(containsString("id=\"log-error\""),
                    containsString("Từ ngày: ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026."));
        }
        page("official", "?to=32/10/2026&lang=en").then().statusCode(200)
                .body(containsString("To: not a valid date; type it as day/month/year, such as 06/12/2026."));
    }

    @Test
    void page_dayMonthYearDates_filterTheSameDaysAsIso() {
        final String typed = page("official", "?from=10/10/2026&to=10/10/2026&commune=" + COMMUNE).then()
                .statusCode(200).body(not(containsString("id=\"log-error\"")),
                        containsString("value=\"10/10/2026\""),
                        containsString("href=\"/ui/log/export.csv?from=10%2F10%2F2026&amp;to=10%2F10%2F2026"))
                .extract().asString();
        assertTrue(typed.contains("data-state=\"played\"") && !typed.contains("data-state=\"failed\""), typed);
        page("official", "?from=9/10/2026&to=11/10/2026&commune=" + COMMUNE).then().statusCode(200)
                .body(containsString("data-state=\"played\""), containsString("data-state=\"failed\""));
    }

    @Test
    void page_dateFields_textDayMonthYearWhateverTheBrowser() {
        page("official", "").then().statusCode(200)
                .body(containsString("type=\"text\" name=\"from\" inputmode=\"numeric\" pattern=\"\\d{1,2}/\\d{1,2}/\\d{4}\""),
                        containsString("placeholder=\"ngày/tháng/năm\""), not(containsString("type=\"date\"")));
        page("official", "?lang=en").then().statusCode(200).body(containsString("placeholder=\"dd/mm/yyyy\""));
    }

    @Test
    void page_vietnamese_statesInWordsNoCodes() {
        page("official", "?lang=vi&commune=" + COMMUNE + "&from=10/10/2026&to=11/10/2026").then().statusCode(200)
                .body(containsString("value=\"received\"> <span class=\"state state-RECEIVED\">Loa đã nhận</span>"),
                        containsString("value=\"timed_out\"> <span class=\"state state-TIMED_OUT\">Không phản hồi</span>"),
                        containsString("value=\"preempted\"> <span class=\"state state-PREEMPTED\">Nhường tin khẩn cấp</span>"),
                        containsString(">Đã phát</span>"), containsString(">Lỗi</span>"),
                        not(containsString(">received<")), not(containsString(">RECEIVED<")),
                        not(containsString(">timed_out<")), not(containsString(">played<")),
                        not(containsString(">Received<")));
    }

    @Test
    void page_english_statesInWordsNoCodes() {
        page("official", "?lang=en&commune=" + COMMUNE + "&from=10/10/2026&to=11/10/2026").then().statusCode(200)
                .body(containsString("value=\"received\"> <span class=\"state state-RECEIVED\">Received</span>"),
                        containsString("value=\"timed_out\"> <span class=\"state state-TIMED_OUT\">No answer</span>"),
                        containsString("value=\"preempted\"> <span class=\"state state-PREEMPTED\">Cut by an emergency</span>"),
                        containsString(">Played</span>"), not(containsString(">received<")),
                        not(containsString(">RECEIVED<")), not(containsString("Loa đã nhận")));
    }

    @Test
    void page_times_vietnamTimeWithOffset() {
        page("official", "?commune=" + COMMUNE + "&from=10/10/2026&to=10/10/2026").then().statusCode(200)
                .body(containsString("<td>2026-10-10 08:00 +07:00</td>"), not(containsString("01:00Z")));
    }

    @Test
    void exports_followTheLanguage_headersStatesAndVietnamTimes() throws IOException {
        final UiSession official = UiSession.login(vn.loa.support.Api.provinceUser("official"));
        final String vi = new String(official.get("/ui/log/export.csv?commune=" + COMMUNE + "&from=10/10/2026&to=11/10/2026")
                .then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(vi.startsWith(Csv.BOM + "Mã buổi phát,Mã bản tin,Bản tin,Mã loa,Loa,Xã,Thôn,"
                + "\"Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)\""), vi);
        assertTrue(vi.contains(",2026-10-10 08:00:00 +07:00,") && vi.contains(",Đã phát,")
                && vi.contains(",Lỗi,") && !vi.contains(",played,") && !vi.contains("T01:00:00Z"), vi);
        official.get("/ui?lang=en");
        final String en = new String(official.get("/ui/log/export.csv?commune=" + COMMUNE).then().statusCode(200)
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(en.startsWith(Csv.BOM + "Broadcast id,Bulletin id,Bulletin,Receiver id,Receiver,Commune,Village,"
                + "\"Scheduled (Vietnam time, UTC+07:00)\",\"Started (Vietnam time, UTC+07:00)\""), en);
        assertTrue(en.contains(",Played,") && en.contains(",Failed,") && !en.contains("Đã phát"), en);
        final List<org.dhatim.fastexcel.reader.Row> rows = XlsxTest.read(official.get("/ui/log/export.xlsx?commune="
                + COMMUNE + "&state=played").then().statusCode(200).extract().asByteArray());
        assertEquals("Scheduled (Vietnam time, UTC+07:00)", rows.get(0).getCell(7).asString());
        assertEquals("Played", rows.get(1).getCell(10).asString());
        assertEquals(Xlsx.DATE_FORMAT, rows.get(1).getCell(7).getDataFormatString());
        assertEquals(java.time.LocalDateTime.of(2026, 10, 10, 8, 0), rows.get(1).getCell(7).asDate());
    }

    @Test
    void exports_withTheSession_csvWithBomAndXlsx() throws IOException {
        final UiSession official = UiSession.login(vn.loa.support.Api.provinceUser("official"));
        final Response csv = official.get("/ui/log/export.csv?commune=" + COMMUNE);
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("filename=\"loa-log-"));
        final byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("Lũng Phìn <b>"));
        final Response xlsx = official.get("/ui/log/export.xlsx?commune=" + COMMUNE + "&state=played");
        xlsx.then().statusCode(200).contentType(Xlsx.CONTENT_TYPE);
        assertEquals(2, XlsxTest.read(xlsx.asByteArray()).size());
        // a refused export under /ui is an error page in the reader's language, never JSON
        official.get("/ui/log/export.csv?state=lost").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("role=\"alert\""));
    }
}
