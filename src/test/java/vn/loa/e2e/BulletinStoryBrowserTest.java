package vn.loa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/**
 * The whole story in a real headless Chromium on a phone-sized window: staff writes and submits, the approver
 * listens and approves, staff schedules a few seconds ahead on a real receiver agent, and the broadcast page
 * (refreshing itself) shows PLAYED. A screenshot of every page visited goes to target/screenshots/.
 */
@QuarkusTest
class BulletinStoryBrowserTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TEXT = "The health station gives free vaccinations on Saturday morning. "
            + "Bring children under five and their health books.";

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL app;

    @Test
    void writeApproveSchedule_broadcastPageShowsPlayed() {
        try (Browser browser = Browser.start(app.toString())) {
            final String rx = "story-" + Long.toString(System.currentTimeMillis(), 36);
            // in its own commune: other tests count the receivers of the demo communes
            final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa nhà văn hoá", "village",
                    "Lô Lô Chải", "commune", "Xã " + rx)).post("/api/receivers").then().statusCode(201)
                    .extract().jsonPath();
            try (AgentProcess agent = AgentProcess.start(rx, gateway.brokerAddress(),
                    app.toString().replaceAll("/$", ""), registered.getString("controllerPublicKey"),
                    registered.getString("brokerSecret"), Path.of("target", "e2e-ui"))) {
                final long bulletin = write(browser);
                approve(browser, bulletin);
                schedule(browser, bulletin, rx);
            }
        }
    }

    private long write(final Browser browser) {
        browser.login(Api.provinceUser("staff"));
        browser.screenshot("01-staff-home");
        browser.open("/ui/bulletins/new");
        browser.await("#compose");
        checkWavEncoder(browser);
        browser.find("#title").sendKeys("Vaccination day");
        browser.find("#text").sendKeys(TEXT);
        new Select(browser.find("#language")).selectByValue("en");
        new Select(browser.find("#priority")).selectByValue("important");
        assertEquals(String.valueOf(TEXT.length()), browser.find("#count").getText(), "live character count");
        assertTrue(browser.find("#duration").getText().matches("≈ 0:0\\d"), browser.find("#duration").getText());
        browser.screenshot("02-compose");
        browser.find("#save-submit").click();
        browser.await("#state");
        assertEquals("SUBMITTED", browser.find("#state").getAttribute("data-state"));
        assertEquals("Chờ duyệt", browser.find("#state").getText());
        browser.screenshot("03-submitted");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/ui/bulletins/(\\d+).*", "$1"));
    }

    private void approve(final Browser browser, final long bulletin) {
        browser.forget().login(Api.provinceUser("approver"));
        browser.open("/ui/approvals");
        browser.await("#b" + bulletin);
        browser.screenshot("04-approvals");
        browser.find("#b" + bulletin + " .listen-button").click();
        final WebElement audio = browser.await("#b" + bulletin + " audio.listen");
        final String src = audio.getAttribute("src");
        assertTrue(src.contains("/api/audio/"), src);
        RestAssured.given().get(src).then().statusCode(200).contentType("audio/mpeg");
        browser.screenshot("05-approvals-listen");
        browser.find("#b" + bulletin + " .approve-button").click();
        browser.await(".notice");
        browser.screenshot("06-approved");
        as(Api.provinceUser("staff")).get("/api/bulletins/" + bulletin).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("APPROVED"));
    }

    private void schedule(final Browser browser, final long bulletin, final String rx) {
        browser.forget().login(Api.provinceUser("staff"));
        browser.open("/ui/bulletins/" + bulletin);
        browser.await("#schedule").click();
        browser.await("form#schedule");
        browser.find("input[name=receivers][value='" + rx + "']").click();
        final LocalDateTime playAt = LocalDateTime.now(HCM).plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        final JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].value = arguments[1];", browser.find("#date"), playAt.toLocalDate().toString());
        js.executeScript("arguments[0].value = arguments[1];", browser.find("#time"),
                playAt.toLocalTime().toString().length() == 5 ? playAt.toLocalTime() + ":00"
                        : playAt.toLocalTime().toString());
        browser.screenshot("07-schedule");
        browser.find("#schedule-submit").click();
        browser.await("#deliveries");
        browser.screenshot("08-broadcast-queued");
        final String state = "tr[data-receiver='" + rx + "'] .state";
        Awaitility.await("the page shows PLAYED by itself").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "PLAYED".equals(browser.find(state).getAttribute("data-state")));
        assertEquals("Đã phát", browser.find(state).getText());
        browser.screenshot("09-broadcast-played");
        browser.open("/ui/broadcasts");
        browser.await("#broadcasts");
        browser.screenshot("10-broadcasts");
    }

    /** recorder.js's WAV writer, run in the browser: a 44-byte RIFF header and little-endian 16-bit samples. */
    private static void checkWavEncoder(final Browser browser) {
        @SuppressWarnings("unchecked")
        final List<Number> out = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(LoaWav.encode(new Float32Array([0, 0.5, -0.5, 1, -1, 2]), 16000));");
        final byte[] wav = new byte[out.size()];
        for (int i = 0; i < wav.length; i++) {
            wav[i] = out.get(i).byteValue();
        }
        final ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 12, wav.length);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(36 + 12, b.getInt(4));
        assertEquals("WAVEfmt ", new String(wav, 8, 8, StandardCharsets.US_ASCII));
        assertEquals(16, b.getInt(16));
        assertEquals(1, b.getShort(20)); // PCM
        assertEquals(1, b.getShort(22)); // mono
        assertEquals(16000, b.getInt(24));
        assertEquals(32000, b.getInt(28));
        assertEquals(2, b.getShort(32));
        assertEquals(16, b.getShort(34));
        assertEquals("data", new String(wav, 36, 4, StandardCharsets.US_ASCII));
        assertEquals(12, b.getInt(40));
        assertEquals(List.of((short) 0, (short) 16384, (short) -16384, (short) 32767, (short) -32768, (short) 32767),
                List.of(b.getShort(44), b.getShort(46), b.getShort(48), b.getShort(50), b.getShort(52),
                        b.getShort(54)));
    }
}
