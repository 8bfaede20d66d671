package vn.loa.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.loa.support.Browser;

/** compose.js in a real headless Chromium: the voice list follows the language, the rate drives the estimate. */
@QuarkusTest
class VoiceComposeBrowserTest {

    @TestHTTPResource("/")
    URL app;

    private static List<String> enabledVoices(final Browser browser) {
        return new Select(browser.find("#voice")).getOptions().stream().filter(WebElement::isEnabled)
                .map(o -> o.getAttribute("value")).toList();
    }

    @Test
    void compose_languageChange_offersOnlyItsVoicesAndClearsAForeignOne() {
        try (Browser browser = Browser.start(app.toString())) {
            browser.login("staff").open("/ui/bulletins/new");
            browser.await("#voice");
            assertEquals(List.of("", "vi", "vi-vn-x-central", "vi-vn-x-south"), enabledVoices(browser));
            new Select(browser.find("#voice")).selectByValue("vi-vn-x-south");
            browser.screenshot("compose-voice-south");
            new Select(browser.find("#language")).selectByValue("en");
            assertEquals(List.of("", "kevin16"), enabledVoices(browser));
            assertEquals("", new Select(browser.find("#voice")).getFirstSelectedOption().getAttribute("value"));
            browser.screenshot("compose-voice-en");

            new Select(browser.find("#language")).selectByValue("vi");
            browser.find("#text").sendKeys("một hai ba bốn năm sáu bảy tám chín mười ".repeat(9)); // 90 words
            browser.find("#rate").sendKeys("90");
            assertEquals("≈ 1:00", browser.find("#duration").getText());
            browser.find("#rate").clear();
            browser.find("#rate").sendKeys("180");
            assertEquals("≈ 0:30", browser.find("#duration").getText());
            assertFalse(enabledVoices(browser).contains("kevin16"));
            assertTrue(browser.find("#rate").getAttribute("max").equals("300"));
        }
    }
}
