package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import vn.loa.broadcast.Broadcast;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/** The schedule page's repeat options on a phone (412×915): chosen with the thumb, no sideways scroll. */
@QuarkusTest
class RepeatPhoneBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void schedulePage_onAPhone_dailyUntilADay_makesASeries() {
        final String rx = "rpb-" + Long.toString(System.nanoTime(), 36);
        Api.as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "village", "Thôn Điện Thoại", "commune",
                "Xã điện thoại " + System.nanoTime())).post("/api/receivers").then().statusCode(201);
        final long bulletin = Api.approvedBulletin("Phone repeat", "Market moves to Friday.");
        final LocalDate first = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        final DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (Browser browser = Browser.start(app.toString())) {
            browser.driver().manage().window().setSize(new Dimension(412, 915));
            browser.login(Api.provinceUser("staff"));
            browser.open("/ui/bulletins/" + bulletin + "/schedule");
            browser.await("#repeat");
            browser.driver().findElement(By.cssSelector("input[name=receivers][value='" + rx + "']")).click();
            browser.find("#date").clear();
            browser.find("#date").sendKeys(first.format(day));
            browser.find("#time").clear();
            browser.find("#time").sendKeys("06:00");
            browser.driver().findElement(By.cssSelector("input[name=repeat][value=DAILY]")).click();
            browser.driver().findElement(By.cssSelector("input[name=ends][value=until]")).click();
            browser.find("#untilDay").sendKeys(first.plusDays(2).format(day));
            final long scroll = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertTrue(scroll <= 0, "no sideways scroll: " + scroll + " px");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('repeat').scrollIntoView()");
            browser.screenshot("schedule-repeat-phone-412");
            browser.find("#schedule-submit").click();
            browser.await("#deliveries");
        }
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> Broadcast.count("bulletinId", bulletin)));
    }
}
