package vn.loa.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.awaitility.Awaitility;
import org.openqa.selenium.StaleElementReferenceException;
import org.junit.jupiter.api.Test;
import vn.loa.support.Browser;

/**
 * The emergency in a real headless Chromium on a phone-sized screen: the red button, the form, the page that waits
 * for approval and turns to "sent" by itself once an approver approves; the approver sees the banner.
 */
@QuarkusTest
class EmergencyBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void redButton_form_waitingPage_updatesItselfOnApproval() {
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("staff").open("/ui");
            browser.find("#emergency-button").click();
            browser.await("#emergency-form");
            browser.find("#title").sendKeys("Lũ quét");
            browser.find("#text").sendKeys("Flash flood: leave the river bank now.");
            new org.openqa.selenium.support.ui.Select(browser.find("#language")).selectByValue("en");
            assertTrue(browser.find("#targets input[type=checkbox]").isSelected(), "the staff's commune is chosen");
            browser.screenshot("emergency-form");
            browser.find("#emergency-submit").click();
            browser.await("#emergency-state [data-state]");
            // the state box refreshes itself: an element read between two refreshes may be replaced under us
            Awaitility.await().ignoreException(StaleElementReferenceException.class).until(() -> "waiting".equals(
                    browser.find("#emergency-state [data-state]").getAttribute("data-state")));
            browser.screenshot("emergency-waiting");
            final String path = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            final long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

            as("approver").post("/api/bulletins/" + EmergencyResourceTest.bulletinOf(id) + "/approve").then()
                    .statusCode(200);
            Awaitility.await().ignoreException(StaleElementReferenceException.class).until(() -> "sent".equals(
                    browser.find("#emergency-state [data-state]").getAttribute("data-state")));
            Awaitility.await().ignoreException(StaleElementReferenceException.class).until(() ->
                    browser.find("#broadcast-link").getAttribute("href").contains("/ui/broadcasts/"));
            browser.screenshot("emergency-sent");
        }
    }

    @Test
    void approver_seesTheBanner_andTheQueueMarksTheEmergency() {
        EmergencyResourceTest.send(EmergencyResourceTest.emergency("Sạt lở", "Landslide on road 4C."));
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("approver").open("/ui/broadcasts");
            browser.find("#emergency-banner").click();
            browser.await("#queue li.urgent");
            browser.screenshot("emergency-queue");
        }
    }
}
