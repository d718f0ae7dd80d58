package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the browser tests (installed by .ci/run), one per test class, with a
 * profile of its own deleted when it quits. Skipped with -DskipBrowserTests=true; missing, it fails
 * the test with the install command instead of passing quietly.
 */
final class Chromium implements AutoCloseable {
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String CHROMIUM = "/usr/bin/chromium";

  final WebDriver driver;
  private final Path profile;

  private Chromium(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Chromium start() throws IOException {
    Assumptions.assumeFalse(
        Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests=true)");
    if (!Files.isExecutable(Path.of(CHROMEDRIVER)) || !Files.isExecutable(Path.of(CHROMIUM))) {
      fail(
          CHROMEDRIVER
              + " or "
              + CHROMIUM
              + " is missing: run `apt-get install -y chromium chromium-driver`"
              + " (or skip with -DskipBrowserTests=true)");
    }
    Api.ensureReady();
    Path profile = Files.createTempDirectory("passerelle-chromium-");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    WebDriver driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Chromium(driver, profile);
  }

  /** Logs in through the login form a protected page redirects to. */
  void logIn(String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(Api.BASE + "/flows");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("/login"));
    driver.findElement(By.name("j_username")).sendKeys(user);
    driver.findElement(By.name("j_password")).sendKeys(password);
    driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().contains("j_security"));
  }

  /** Quits the browser (null-safe, for an @AfterAll) and deletes its profile. */
  static void quit(Chromium chromium) throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
