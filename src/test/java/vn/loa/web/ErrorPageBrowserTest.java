package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.loa.support.Browser;

/** The error page as a person sees it: styled, in their language, with the language switch and a way home. */
@QuarkusTest
class ErrorPageBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void unknownPage_showsStyledErrorPage_andSwitchesLanguage() {
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("staff");
            browser.open("/ui/no-such-page");
            assertEquals("Không tìm thấy", browser.await("h1").getText());
            browser.screenshot("error-404-vi");
            browser.find("header .lang").click();
            assertEquals("Not found", browser.await("h1").getText());
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.screenshot("error-404-en");
            browser.find("main a[href='/ui']").click();
            browser.await("header .user");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/ui"));
        }
    }
}
