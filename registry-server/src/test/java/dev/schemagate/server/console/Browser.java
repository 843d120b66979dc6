package dev.schemagate.server.console;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through its own chromedriver (no driver is downloaded).
 * Missing, it skips the test on a developer machine and fails it under {@code CI=true}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where each page's screenshot is written. */
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  /** Selenium warns that it has no DevTools binding for this browser version; these tests use none. Held: loggers are weakly kept. */
  private static final java.util.logging.Logger DEVTOOLS_VERSIONS =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    DEVTOOLS_VERSIONS.setLevel(Level.SEVERE);
  }

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assertThat(installed || !"true".equals(System.getenv("CI")))
        .as("chromium and chromium-driver are not installed, and CI=true needs the console's browser tests to run")
        .isTrue();
    Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: skipping the console's browser tests");
    try {
      Path profile = Files.createTempDirectory("console-browser");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends HTTP Basic credentials with every request from now on, as the browser does once a user
   * has answered its sign-in prompt (headless Chromium cannot show the prompt).
   */
  void authenticateAs(String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + token)));
  }

  /** Opens a console address ({@code base + "/ui#/..."}) and waits until its page has drawn its heading. */
  void open(String url) {
    driver.get("about:blank");
    driver.get(url);
    awaitHeading();
  }

  void awaitHeading() {
    waitFor(By.cssSelector("main h1"));
  }

  WebElement waitFor(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitForText(By locator, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Up to 10 s, looking every 10 ms: the default half second would hide how fast a page draws. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.pollingEvery(Duration.ofMillis(10));
    return wait;
  }

  String text(By locator) {
    return waitFor(locator).getText();
  }

  /** What the page wrote to its console at warning level or worse since the last call (CSP violations included). */
  List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
