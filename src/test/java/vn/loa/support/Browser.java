package vn.loa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} driven by {@code chromium-driver}) on a phone-sized window,
 * for {@code *BrowserTest}s. Without both programs the test is skipped (a JUnit assumption), so a machine with
 * only a JDK and Maven still builds green; CI installs them.
 */
public final class Browser implements AutoCloseable {

    /** Debian's paths; {@code -Dloa.chromium=} and {@code -Dloa.chromedriver=} point elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("loa.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("loa.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(final WebDriver driver, final Path profile, final String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** Starts a fresh browser (new profile: no cookies) for the application at {@code baseUrl}. */
    public static Browser start(final String baseUrl) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser test skipped: needs " + CHROMIUM + " and " + DRIVER
                        + " (Debian packages chromium and chromium-driver)");
        try {
            final Path profile = Files.createTempDirectory("loa-chromium-");
            final ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                    "--window-size=412,915", "--user-data-dir=" + profile.toAbsolutePath());
            final ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            final WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application ({@code /ui/...}). */
    public Browser open(final String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(final String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits (up to 30 s) until an element matching {@code css} is visible. */
    public WebElement await(final String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Logs a demo user in through the login page and waits for the home page. */
    public Browser login(final String user) {
        open("/ui/login");
        find("input[name=j_username]").sendKeys(user);
        find("input[name=j_password]").sendKeys("admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
        find("#login button[type=submit]").click();
        await("header .user");
        return this;
    }

    /** Deletes this browser's cookies: the next page is seen as a new visitor. */
    public Browser forget() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /** Saves the current page as {@code target/screenshots/<name>.png}; answers the file. */
    public Path screenshot(final String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            final Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
