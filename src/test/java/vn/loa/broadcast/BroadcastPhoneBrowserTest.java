package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/**
 * The broadcast page on a small phone (360×740) in a real headless Chromium: a long list of receivers with long
 * names, no horizontal page scroll, the header navigation collapsed behind its menu button (no script), and a
 * cancel through the confirmation page.
 */
@QuarkusTest
class BroadcastPhoneBrowserTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final int RECEIVERS = 60;

    @TestHTTPResource("/")
    URL app;

    @Inject
    ManyReceivers fixture;

    @Test
    void broadcastPage_at360px_noHorizontalScroll_navCollapsed_cancelWithConfirmation() {
        final long bulletin = Api.approvedBulletin("Thông báo lịch cắt điện toàn xã trong ngày thứ bảy tuần này",
                "Power is cut on Saturday from seven to eleven.");
        final ManyReceivers.Fleet f = fixture.broadcast(RECEIVERS,
                "Loa nhà văn hoá thôn cạnh chợ phiên Phố Cáo, cột điện số", "Thôn Sủng Là Trên Đồi Cao Nguyên Đá",
                bulletin, Api.provinceUser("staff"));
        fixture.state(f.broadcast(), f.receivers().get(0), DeliveryState.PLAYING);
        fixture.state(f.broadcast(), f.receivers().get(1), DeliveryState.PLAYED);
        try (Browser browser = Browser.start(app.toString())) {
            browser.driver().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            browser.login(Api.provinceUser("staff"));
            browser.open("/ui/broadcasts/" + f.broadcast());
            browser.await("#deliveries");
            assertEquals(WIDTH, ((Number) js(browser, "return window.innerWidth")).intValue(), "a 360 px viewport");
            assertEquals(BroadcastPages.PAGE_SIZE, browser.driver().findElements(
                    By.cssSelector("#deliveries tbody tr")).size());
            assertFalse(browser.find("#nav").isDisplayed(), "the navigation is collapsed on a phone");
            assertTrue(browser.find(".nav-button").isDisplayed());
            assertTrue(browser.find("tr.playing-now .live-dot").isDisplayed(), "the playing receiver is marked");
            assertTrue(browser.find("#stop").isDisplayed());
            assertNoHorizontalScroll(browser);
            browser.screenshot("broadcast-phone-360");
            js(browser, "document.getElementById('counts').scrollIntoView()");
            browser.screenshot("broadcast-phone-360-rows");
            js(browser, "window.scrollTo(0, 0)");

            browser.find(".nav-button").click();
            assertTrue(browser.find("#nav").isDisplayed(), "the menu button opens the navigation");
            assertNoHorizontalScroll(browser);
            browser.screenshot("broadcast-phone-360-menu");

            browser.find("#page-next").click();
            browser.await("#rows-shown");
            assertEquals(RECEIVERS - BroadcastPages.PAGE_SIZE, browser.driver().findElements(
                    By.cssSelector("#deliveries tbody tr")).size());
            assertNoHorizontalScroll(browser);

            browser.open("/ui/broadcasts/" + f.broadcast());
            browser.await("#cancel").click();
            browser.await("#reason").sendKeys("Lịch cắt điện đã được hoãn");
            browser.find("#cancel-submit").click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/cancel"),
                    "without the tick the browser keeps the form (required)");
            browser.find("#confirm").click();
            assertNoHorizontalScroll(browser);
            browser.screenshot("broadcast-phone-360-cancel");
            browser.find("#cancel-submit").click();
            assertTrue(browser.await("#notice").getText().contains("Đã huỷ buổi phát"));
            assertEquals("Lịch cắt điện đã được hoãn", browser.find("#cancel-reason").getText());
            assertNoHorizontalScroll(browser);
        }
        Api.as("admin").get("/api/broadcasts/" + f.broadcast()).then().statusCode(200)
                .body("counts.CANCELED", org.hamcrest.Matchers.equalTo(RECEIVERS - 1),
                        "counts.PLAYED", org.hamcrest.Matchers.equalTo(1));
    }

    private static Object js(final Browser browser, final String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static void assertNoHorizontalScroll(final Browser browser) {
        final Map<?, ?> sizes = (Map<?, ?>) js(browser, "return {scroll: document.documentElement.scrollWidth,"
                + " body: document.body.scrollWidth}");
        assertTrue(((Number) sizes.get("scroll")).intValue() <= WIDTH, "page scroll width " + sizes);
        assertTrue(((Number) sizes.get("body")).intValue() <= WIDTH, "body scroll width " + sizes);
    }
}
