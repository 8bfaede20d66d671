package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.loa.support.Browser;

/** Login, language switch and logout in a real headless Chromium. */
@QuarkusTest
class LoginBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void protectedPage_loginThenLogout_inRealBrowser() {
        try (Browser browser = Browser.start(app.toString())) {
            browser.open("/ui");
            browser.await("#login");
            assertTrue(browser.driver().getCurrentUrl().contains("/ui/login"));
            browser.screenshot("login");
            browser.login("approver");
            assertEquals("approver", browser.find("header .user").getText());
            browser.screenshot("home-approver");
            browser.find("header .lang").click();
            browser.await("header .user");
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.screenshot("home-approver-en");
            browser.find("header form button").click();
            browser.await("#login");
            assertTrue(browser.driver().getPageSource().contains("You are logged out"));
            browser.open("/ui");
            browser.await("#login");
        }
    }
}
