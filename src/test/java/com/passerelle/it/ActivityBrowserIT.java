package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Activity page in a real browser (the same headless Chromium as {@link BrowserIT}): a run of
 * many lines in progress, its progress text read twice and seen to move without the page reloading
 * (a marker set on window survives), then its row showing the final state.
 */
class ActivityBrowserIT {

  /**
   * Enough lines for a run of several seconds (chunks of 5,000 lines, each a progress step): about
   * 25 s on H2 and 12 s on MariaDB here, which imports some 13k lines/s.
   */
  private static final int LINES =
      Integer.getInteger(
          "activity.browser.lines",
          "mariadb".equals(System.getProperty("db.kind")) ? 150_000 : 60_000);

  private static final Pattern DONE = Pattern.compile("^([\\d,]+)");

  private static Chromium chromium;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Chromium.start();
    driver = chromium.driver;
  }

  @AfterAll
  static void quitBrowser() throws IOException {
    Chromium.quit(chromium);
    chromium = null;
    driver = null;
  }

  private static void logIn(String user, String password) {
    chromium.logIn(user, password);
  }

  private static long done(String progressText) {
    Matcher m = DONE.matcher(progressText.trim());
    assertTrue(m.find(), () -> "progress text starts with the lines done: " + progressText);
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  private static Object marker() {
    return ((JavascriptExecutor) driver).executeScript("return window.activityMarker || null;");
  }

  @Test
  void progressOfARunInProgressMovesWithoutReloadingThePage() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-browser");
    byte[] file = LargeImportIT.employees(LINES, t);
    logIn("viewer", "viewer"); // report viewers follow runs too
    long runId = Api.upload(flow, "big.csv", file).getJsonNumber("id").longValue();
    long start = System.nanoTime();

    driver.get(Api.BASE + "/flows/" + flow + "/activity");
    ((JavascriptExecutor) driver).executeScript("window.activityMarker = 'same page';");
    By row = By.cssSelector("#live tr[data-run-id='" + runId + "']");
    WebElement tr =
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(row));
    String first = tr.findElement(By.className("progress-text")).getText();
    assertEquals(
        "In progress",
        tr.findElement(By.className("run-state")).getText(),
        () -> "the run must still be in progress when the page opens (more lines?): " + first);

    // The script polls every 2 s: the lines done must grow while the page stays the same page (the
    // total appearing once the check step counted the file is not progress).
    String second =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(
                d -> {
                  String now =
                      d.findElement(row).findElement(By.className("progress-text")).getText();
                  return done(now) > done(first) ? now : null;
                });
    assertNotEquals(first, second);
    assertEquals("same page", marker(), "the page was not reloaded");
    String total = String.format(Locale.ROOT, "%,d", LINES);
    assertTrue(second.endsWith(" of " + total + " lines"), () -> "the file's total: " + second);

    // When the run ends, its row shows the final state and counts, still without a reload.
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .until(d -> "true".equals(d.findElement(row).getAttribute("data-finished")));
    WebElement ended = driver.findElement(row);
    assertEquals("Succeeded", ended.findElement(By.className("run-state")).getText());
    assertEquals(
        total + " of " + total + " lines",
        ended.findElement(By.className("progress-text")).getText());
    assertEquals("100", ended.findElement(By.className("run-progress")).getAttribute("value"));
    assertTrue(
        ended.findElement(By.className("run-counts")).getText().contains(String.valueOf(LINES)));
    assertEquals("same page", marker(), "the page was not reloaded");
    System.out.printf(
        Locale.ROOT,
        "ActivityBrowserIT: %d lines, progress %s -> %s, run ended after %.1f s%n",
        LINES,
        first,
        second,
        (System.nanoTime() - start) / 1e9);
  }
}
