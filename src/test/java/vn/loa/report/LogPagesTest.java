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
                        containsString("state-FAILED"), not(containsString("data-state=\"played\"")),
                        containsString("state=failed"));
    }

    @Test
    void page_badFilter_showsErrorInThePage() {
        page("official", "?from=2026-10-11&to=2026-10-01").then().statusCode(200)
                .body(containsString("id=\"log-error\""), containsString("&#39;to&#39; must be after &#39;from&#39;"));
        page("official", "?state=lost").then().statusCode(200).body(containsString("id=\"log-error\""));
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
        official.get("/ui/log/export.csv?state=lost").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
