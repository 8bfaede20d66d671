package vn.loa.programme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/**
 * Issue 10 item 6, in a real Chromium on a phone-sized window (412×915): commune staff build tomorrow's morning slot
 * in the slot editor (a new slot for one village, an approved bulletin added to tomorrow's occurrence) and see it in
 * the week view, under tomorrow, with its time and title, without sideways scrolling.
 */
@QuarkusTest
class WeekBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TestHTTPResource("/")
    URL app;

    @Test
    void staff_buildTomorrowsMorningSlot_andSeeItInTheWeekView() {
        final long village = Api.as("admin").body(Map.of("parentId", Api.demoAreaId(), "level", "village", "name",
                "Thôn Sớm Mai " + System.nanoTime() % 100_000)).post("/api/areas").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        // a slot's items are broadcasts to its area: the village needs a receiver
        final String rx = "week-" + Long.toString(System.nanoTime(), 36);
        Api.as("admin").body(Map.of("id", rx, "name", "Loa " + rx, "areaId", village)).post("/api/receivers").then()
                .statusCode(201);
        final long bulletin = Api.approvedBulletin("Vaccination week", "Cattle vaccination from Monday to Friday.");
        final LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        final String name = "Bản tin sáng " + System.nanoTime() % 10_000;
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("staff");
            browser.open("/ui/slots");
            browser.await("#slot-form");
            new Select(browser.find("#areaId")).selectByValue(Long.toString(village));
            browser.find("#name").sendKeys(name);
            browser.find("#day").sendKeys(tomorrow.format(DAY));
            browser.find("#time").clear();
            browser.find("#time").sendKeys("05:20");
            browser.find("#days").clear();
            browser.find("#days").sendKeys("1");
            browser.find("#minutes").clear();
            browser.find("#minutes").sendKeys("5");
            browser.find("#slot-submit").click();
            // the slot's page, on tomorrow's occurrence: add the approved bulletin
            browser.await("#add-form");
            new Select(browser.find("#add")).selectByValue(Long.toString(bulletin));
            browser.find("#add-submit").click();
            try {
                browser.await("#items tr[data-bulletin='" + bulletin + "']");
            } catch (RuntimeException e) {
                throw new AssertionError(browser.driver().findElement(By.tagName("main")).getText(), e);
            }

            browser.open("/ui/programme?area=" + village + "&week=" + tomorrow.format(DAY));
            final WebElement day = browser.await("section.day[data-day='" + tomorrow + "']");
            final WebElement occurrence = day.findElement(By.cssSelector(".occurrence"));
            assertTrue(occurrence.getText().contains(name) && occurrence.getText().contains("05:20"),
                    occurrence.getText());
            final WebElement item = occurrence.findElement(By.cssSelector("li[data-bulletin='" + bulletin + "']"));
            assertTrue(item.getText().contains("Vaccination week"), item.getText());
            final long scroll = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertTrue(scroll <= 0, "no sideways scroll: " + scroll + " px");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", occurrence);
            browser.screenshot("week-view-phone-412");
        }
    }
}
