package vn.loa.bulletin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.loa.support.Browser;

/**
 * compose.js in a real headless Chromium: the voice list follows the language, the rate drives the on-air estimate
 * the server computes.
 */
@QuarkusTest
class VoiceComposeBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    vn.loa.audio.AudioProducer audio;

    private String expected(final String text, final int rate) {
        final vn.loa.audio.AudioProducer.OnAirFigure f = audio.spokenOnAirMs(text, "vi",
                vn.loa.audio.SpeechSettings.of(null, rate), 2).orElseThrow();
        final String time = vn.loa.web.TimeFormat.duration(f.ms());
        return f.spoken() ? time + " (máy đã đọc thử, gồm chuông, 2 lần đọc và khoảng nghỉ)"
                : "≈ " + time + " (ước tính, gồm chuông, 2 lần đọc và khoảng nghỉ)";
    }

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
            final String text = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(9);
            // the page shows the server's figure (chime, two readings of a routine bulletin, the pause)
            final String slow = expected(text, 90);
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.equals(browser.find("#duration").getText()));
            browser.find("#rate").clear();
            browser.find("#rate").sendKeys("180");
            final String fast = expected(text, 180);
            await().atMost(Duration.ofSeconds(10)).until(() -> fast.equals(browser.find("#duration").getText()));
            assertFalse(slow.equals(fast), slow + " / " + fast);
            assertFalse(enabledVoices(browser).contains("kevin16"));
            assertTrue(browser.find("#rate").getAttribute("max").equals("300"));
            new Select(browser.find("#language")).selectByValue("en"); // English is read by FreeTTS
            await().atMost(Duration.ofSeconds(10)).until(() -> !fast.equals(browser.find("#duration").getText()));
        }
    }
}
