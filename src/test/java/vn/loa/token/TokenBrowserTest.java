package vn.loa.token;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.loa.support.Browser;

/** The tokens page in a real headless Chromium: make a token, copy it once, use it, revoke it. */
@QuarkusTest
class TokenBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void tokensPage_makeUseRevoke() {
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("staff").open("/ui/tokens");
            browser.find("#name").sendKeys("trinh-duyet");
            browser.find("#days").clear();
            browser.find("#days").sendKeys("14");
            browser.find("#token-submit").click();
            final String secret = browser.await("#secret").getText();
            assertTrue(secret.matches("loa_[A-Za-z0-9_-]{43}"), secret);
            browser.screenshot("tokens-made");
            given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(200);

            browser.open("/ui/tokens");
            assertFalse(browser.driver().getPageSource().contains(secret), "shown once");
            browser.find("tr[data-token] button.danger").click();
            browser.await("#tokens");
            browser.screenshot("tokens-revoked");
            given().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(401);
        }
    }
}
