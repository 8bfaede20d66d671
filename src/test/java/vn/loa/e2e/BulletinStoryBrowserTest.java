package vn.loa.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.loa.dispatch.MqttGateway;
import vn.loa.support.AgentProcess;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/**
 * The whole story in a real headless Chromium on a phone-sized window: staff writes and submits, the approver
 * listens and approves, staff schedules a few seconds ahead on a real receiver agent, the broadcast page
 * (refreshing itself) shows PLAYED, and then the official finds the play in the officials' log and downloads it as
 * CSV. The story happens in a commune of its own (with its own staff, approver and official, all in it), so other
 * tests' counts of the demo communes are untouched. A screenshot of every page visited goes to target/screenshots/.
 */
@QuarkusTest
class BulletinStoryBrowserTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** With its Vietnamese diacritics, which must survive the page, the log and the CSV. */
    private static final String TITLE = "Ngày tiêm chủng miễn phí";
    private static final String TEXT = "The health station gives free vaccinations on Saturday morning. "
            + "Bring children under five and their health books.";

    @Inject
    MqttGateway gateway;

    @TestHTTPResource("/")
    URL app;

    @Test
    void writeApproveSchedule_broadcastPageShowsPlayed_officialReadsItInTheLog() throws IOException {
        try (Browser browser = Browser.start(app.toString())) {
            final String tag = Long.toString(System.currentTimeMillis(), 36);
            final String rx = "story-" + tag;
            final People people = people(tag);
            final JsonPath registered = as("admin").body(Map.of("id", rx, "name", "Loa nhà văn hoá",
                    "areaId", people.village())).post("/api/receivers").then().statusCode(201)
                    .extract().jsonPath();
            try (AgentProcess agent = AgentProcess.start(rx, gateway.brokerAddress(),
                    app.toString().replaceAll("/$", ""), registered.getString("controllerPublicKey"),
                    registered.getString("brokerSecret"), Path.of("target", "e2e-ui"))) {
                final long bulletin = write(browser, people.staff());
                approve(browser, bulletin, people);
                schedule(browser, bulletin, rx, people.staff());
                readTheLog(browser, bulletin, rx, people.official());
            }
        }
    }

    /** The story's commune, village and people (demo password, so {@link Browser#login} knows it). */
    private record People(long village, String staff, String approver, String official) {
    }

    private static People people(final String tag) {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200)
                .extract().jsonPath().getLong("parentId");
        final long commune = area(province, "commune", "Xã Câu Chuyện " + tag);
        final long village = area(commune, "village", "Thôn Lô Lô Chải " + tag);
        final People p = new People(village, "story.staff." + tag, "story.approver." + tag, "story.official." + tag);
        for (String[] user : new String[][] {{p.staff(), "staff"}, {p.approver(), "approver"},
                {p.official(), "official"}}) {
            as("admin").body(Map.of("username", user[0], "password", Api.DEMO_PASSWORD, "role", user[1],
                    "areaId", commune)).post("/api/users").then().statusCode(201);
        }
        return p;
    }

    private static long area(final long parent, final String level, final String name) {
        return as("admin").body(Map.of("parentId", parent, "level", level, "name", name)).post("/api/areas")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The official opens the officials' log, sees the bulletin's row played, and downloads the CSV. */
    private void readTheLog(final Browser browser, final long bulletin, final String rx, final String official)
            throws IOException {
        final Path downloads = Files.createTempDirectory("loa-story-downloads-");
        try {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.forget().login(official);
            browser.screenshot("11-official-home");
            browser.open("/ui/log");
            browser.await("#log-rows");
            final By row = By.xpath("//table[@id='log-rows']//tr[td/a[@href='/ui/log?bulletin=" + bulletin + "']]");
            final List<WebElement> rows = browser.driver().findElements(row);
            assertEquals(1, rows.size(), "one row for the bulletin on its one receiver");
            final String text = rows.get(0).getText();
            assertTrue(text.contains(TITLE) && text.contains(rx), text);
            final WebElement state = rows.get(0).findElement(By.cssSelector("span.state"));
            assertEquals("played", state.getAttribute("data-state"));
            assertEquals("Đã phát", state.getText(), "the state in words, in Vietnamese");
            assertTrue(state.getAttribute("class").contains("state-PLAYED"), state.getAttribute("class"));
            // the row sits below the filter form, coverage and chart on a phone: bring it into the screenshot
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    rows.get(0));
            browser.screenshot("12-official-log");

            browser.find("#download-csv").click();
            final Path csv = Awaitility.await("the CSV download").atMost(Duration.ofSeconds(30))
                    .until(() -> finished(downloads), p -> p != null);
            final byte[] bytes = Files.readAllBytes(csv);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                    "the CSV starts with the UTF-8 BOM, so Excel reads the diacritics");
            final String content = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(content.contains(TITLE), content);
            assertTrue(content.lines().anyMatch(l -> l.contains(rx) && l.contains(TITLE)
                    && l.contains(",Đã phát,") && l.contains(" +07:00,")), content); // words and Vietnam time
            browser.screenshot("13-official-log-downloaded");
        } finally {
            try (Stream<Path> files = Files.list(downloads)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(downloads);
        }
    }

    /** The downloaded CSV once Chromium has finished writing it (no .crdownload left), else null. */
    private static Path finished(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            final List<Path> all = files.toList();
            if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return null;
            }
            return all.stream().filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
        }
    }

    private long write(final Browser browser, final String staff) {
        browser.login(staff);
        browser.screenshot("01-staff-home");
        browser.open("/ui/bulletins/new");
        browser.await("#compose");
        checkWavEncoder(browser);
        browser.find("#title").sendKeys(TITLE);
        browser.find("#text").sendKeys(TEXT);
        new Select(browser.find("#language")).selectByValue("en");
        new Select(browser.find("#priority")).selectByValue("important");
        assertEquals(String.valueOf(TEXT.length()), browser.find("#count").getText(), "live character count");
        // the server reads the text through: chime, two readings of an important bulletin, the pause (under a minute)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("#duration")
                .getText().matches("0:\\d\\d \\(máy đã đọc thử, gồm chuông, 2 lần đọc và khoảng nghỉ\\)"));
        browser.screenshot("02-compose");
        browser.find("#save-submit").click();
        browser.await("#state");
        assertEquals("SUBMITTED", browser.find("#state").getAttribute("data-state"));
        assertEquals("Chờ duyệt", browser.find("#state").getText());
        browser.screenshot("03-submitted");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/ui/bulletins/(\\d+).*", "$1"));
    }

    private void approve(final Browser browser, final long bulletin, final People people) {
        browser.forget().login(people.approver());
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
        Api.as(people.staff()).get("/api/bulletins/" + bulletin).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("APPROVED"));
    }

    private void schedule(final Browser browser, final long bulletin, final String rx, final String staff) {
        browser.forget().login(staff);
        browser.open("/ui/bulletins/" + bulletin);
        browser.await("#schedule").click();
        browser.await("form#schedule");
        browser.find("input[name=receivers][value='" + rx + "']").click();
        final LocalDateTime playAt = LocalDateTime.now(HCM).plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        final JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // typed as people write dates (dd/mm/yyyy), which the field's pattern requires
        js.executeScript("arguments[0].value = arguments[1];", browser.find("#date"),
                vn.loa.web.TimeFormat.day(playAt.toLocalDate()));
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
                // the page swaps its rows in as it refreshes: an element found just before a swap goes stale
                .ignoreException(StaleElementReferenceException.class)
                .until(() -> "PLAYED".equals(browser.find(state).getAttribute("data-state"))
                        && "Đã phát".equals(browser.find(state).getText()));
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
