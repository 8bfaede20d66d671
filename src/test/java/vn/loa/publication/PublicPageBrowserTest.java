package vn.loa.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.loa.area.Area;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/**
 * The public page in a real Chromium on a phone-sized window (412×915), without logging in: the bulletin is there,
 * the page fits the width, the language switch works, and the audio element plays the MP3 (Chromium fetches it in
 * ranges from {@code /api/audio}).
 */
@QuarkusTest
class PublicPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    PublicFixture fixture;

    @Test
    void phone_anonymous_readsAndPlaysTheBulletin() {
        final Area commune = fixture.receiverIn("rx-pub-browser", "Bắc Nghe Rõ", "Thôn Loa");
        final long bulletin = Api.approvedBulletin("Water is cut on Monday",
                "Water is cut on Monday from seven to eleven in the morning.");
        final Instant played = Instant.now().minusSeconds(600);
        fixture.delivery(bulletin, "rx-pub-browser", played, DeliveryState.PLAYED, played);

        try (Browser browser = Browser.start(base.toString())) {
            browser.open("/c/" + commune.publicSlug);
            assertEquals("Bắc Nghe Rõ", browser.await("h1").getText());
            assertTrue(browser.find("#b" + bulletin + " h2").getText().contains("Water is cut on Monday"));
            final JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            assertEquals(Boolean.TRUE, js.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "fits a phone's width");
            browser.screenshot("public-page-phone");

            browser.find("h1").click(); // a user gesture: the page itself has no script and plays only when asked
            final Object started = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const a = document.querySelector('#b" + bulletin + " audio');"
                            + "a.play().then(() => done('playing'), e => done('refused: ' + e));");
            assertEquals("playing", started);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) js.executeScript(
                    "return document.querySelector('#b" + bulletin + " audio').currentTime;")).doubleValue() > 0.5);
            assertTrue(((Number) js.executeScript("return document.querySelector('#b" + bulletin
                    + " audio').duration;")).doubleValue() > 1, "the MP3's length is known");

            browser.find("#lang").click();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> "en".equals(browser.find("html").getAttribute("lang")));
            assertTrue(browser.find("#b" + bulletin + " .when").getText().startsWith("Played"));
            browser.screenshot("public-page-phone-en");
        }
    }
}
