package vn.loa.report;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.loa.broadcast.DeliveryState;
import vn.loa.support.Api;
import vn.loa.support.Browser;

/** The log and fleet pages in a real headless Chromium; the CSV link really downloads, with its BOM. */
@QuarkusTest
class LogFleetBrowserTest {

    private static final String COMMUNE = "Xã Trình Duyệt";

    @TestHTTPResource("/")
    URL app;

    @Inject
    LogFixture fixture;

    @Test
    void logAndFleetPages_officialDownloadsCsv() throws IOException {
        fixture.receiver("rx-browser-a", "Loa chợ Trình Duyệt", "Thôn Phố Cáo", COMMUNE);
        final long b = fixture.bulletin("Lịch tiêm phòng cho trẻ em");
        fixture.broadcast(b, OffsetDateTime.parse("2026-10-20T08:00:00+07:00").toInstant(), "rx-browser-a",
                DeliveryState.PLAYED);
        Api.as("admin").body(Map.of("latitude", 23.25, "longitude", 105.29))
                .put("/api/receivers/rx-browser-a/position").then().statusCode(200);
        final Path downloads = Files.createTempDirectory("loa-downloads-");
        try (Browser browser = Browser.start(app.toString())) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.login(Api.provinceUser("official"));
            browser.open("/ui/log?from=2026-10-14&to=2026-10-20&commune=" + COMMUNE);
            browser.await("#coverage");
            assertEquals("100.0 %", browser.find("#coverage tr.commune .percent").getText());
            assertEquals(7, browser.driver().findElements(By.cssSelector("#chart svg rect.played")).size());
            assertTrue(browser.find("#log-rows").getText().contains("Lịch tiêm phòng cho trẻ em"));
            browser.screenshot("log-official");

            browser.find("#download-csv").click();
            final Path csv = await().atMost(Duration.ofSeconds(30)).until(() -> finished(downloads), p -> p != null);
            assertTrue(csv.getFileName().toString().matches("loa-log-\\d{4}-\\d{2}-\\d{2}\\.csv"), csv.toString());
            final byte[] bytes = Files.readAllBytes(csv);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            final String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains("Lịch tiêm phòng cho trẻ em"), text);
            assertFalse(text.contains("rx-then-van-01"), "the download keeps the page's commune filter");

            browser.open("/ui/fleet");
            browser.await("#fleet-map");
            assertEquals(1, browser.driver().findElements(
                    By.cssSelector("#fleet-map circle[data-id='rx-browser-a']")).size());
            assertTrue(browser.find("#fleet").getText().contains("Loa chợ Trình Duyệt"));
            browser.screenshot("fleet-official");
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
}
