package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser (headless Chromium) through login, the demo run report and a line detail. */
class BrowserIT {
  private static Chromium chromium;
  private static WebDriver driver;
  private static Path screenshots;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Chromium.start();
    driver = chromium.driver;
    screenshots = Path.of(System.getProperty("passerelle.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
  }

  @AfterAll
  static void quitBrowser() throws IOException {
    Chromium.quit(chromium);
    chromium = null;
    driver = null;
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  private static void screenshot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path target = screenshots.resolve(name + ".png");
    Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
    byte[] head = Files.readAllBytes(target);
    assertTrue(
        head.length > 8 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G',
        "screenshot is a PNG: " + target);
    System.out.println("BrowserIT: screenshot " + target.toAbsolutePath());
  }

  /** Waits (through the API) until every run of the demo flow is finished. */
  private static long awaitDemoRuns() {
    JsonObject demo =
        Api.array(Api.get("/api/v1/flows", User.ADMIN)).stream()
            .map(v -> v.asJsonObject())
            .filter(f -> "Demo HR export".equals(f.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no flow named Demo HR export"));
    long flowId = demo.getJsonNumber("id").longValue();
    for (var r : Api.array(Api.get("/api/v1/runs?flow=" + flowId, User.ADMIN))) {
      Api.awaitFinished(r.asJsonObject().getJsonNumber("id").longValue());
    }
    return flowId;
  }

  /** Logs in through the form, starting from a protected page, like a user with a bookmark. */
  private static void logInAsAdmin() {
    chromium.logIn("admin", "admin");
  }

  @Test
  void loginLandsOnTheRequestedPage() {
    logInAsAdmin();
    assertEquals(
        Api.BASE + "/flows",
        driver.getCurrentUrl(),
        "after logging in, the browser should be on the page it asked for");
    assertTrue(driver.findElement(By.cssSelector(".topbar .user")).getText().contains("admin"));
  }

  @Test
  void failureTabOfTheDemoRunAndALineDetail() throws IOException {
    long demoFlow = awaitDemoRuns();
    logInAsAdmin();
    // Where the login lands is loginLandsOnTheRequestedPage's business: go to the flows.
    driver.get(Api.BASE + "/flows");
    assertEquals("Flows", driver.findElement(By.tagName("h1")).getText());
    assertTrue(driver.findElement(By.cssSelector(".topbar .user")).getText().contains("admin"));
    screenshot("flows");

    // the flows list, then the demo flow
    driver.findElement(By.linkText("Demo HR export")).click();
    waiting().until(ExpectedConditions.urlMatches(".*/flows/" + demoFlow + "$"));
    assertEquals("Demo HR export", driver.findElement(By.tagName("h1")).getText());
    screenshot("flow");

    // its first run (the table lists the newest first)
    WebElement firstRun = driver.findElement(By.cssSelector("table#runs tbody tr:first-child a"));
    firstRun.click();
    waiting().until(ExpectedConditions.urlMatches(".*/runs/\\d+$"));
    Matcher m = Pattern.compile("/runs/(\\d+)$").matcher(driver.getCurrentUrl());
    assertTrue(m.find(), driver.getCurrentUrl());
    long runId = Long.parseLong(m.group(1));
    JsonObject run = Api.run(runId);
    assertEquals(demoFlow, run.getJsonNumber("flowId").longValue());
    long failures = Api.count(run, "FAILURE");
    assertTrue(failures > 0, () -> "the demo run has failures: " + run);

    // the Failure tab
    WebElement tab = driver.findElement(By.cssSelector("nav.status-tabs a[data-status='FAILURE']"));
    assertTrue(tab.getText().contains("Failure"), tab.getText());
    assertTrue(tab.getText().contains(String.valueOf(failures)), tab.getText());
    tab.click();
    waiting().until(ExpectedConditions.urlContains("status=FAILURE"));
    waiting()
        .until(
            ExpectedConditions.attributeContains(
                By.cssSelector("nav.status-tabs a[data-status='FAILURE']"), "class", "active"));

    List<WebElement> rows = driver.findElements(By.cssSelector("table#lines tbody tr"));
    assertEquals(failures, rows.size(), "rows of the Failure tab = FAILURE count of the API");
    for (WebElement row : rows) {
      assertEquals("FAILURE", row.getAttribute("data-status"), row.getText());
    }
    WebElement missingEmail =
        rows.stream()
            .filter(
                r ->
                    r.findElement(By.cssSelector("td.message-cell"))
                        .getText()
                        .contains("missing email"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row with 'missing email'"));
    assertTrue(missingEmail.getText().contains("David Nguyen"), missingEmail.getText());
    screenshot("run-report-failures");

    // the line detail page
    missingEmail.findElement(By.cssSelector("td.num a")).click();
    waiting().until(ExpectedConditions.urlMatches(".*/runs/" + runId + "/lines/\\d+$"));
    WebElement messages = driver.findElement(By.id("messages"));
    String text = messages.getText();
    assertTrue(text.contains("MISSING_FIELD"), text);
    assertTrue(text.contains("missing email"), text);
    List<String> terms =
        messages.findElements(By.tagName("dt")).stream().map(WebElement::getText).toList();
    assertTrue(terms.contains("Cause") && terms.contains("Action"), () -> "dt: " + terms);
    assertTrue(text.contains("Required field empty or absent"), text);
    assertTrue(
        text.contains(
            "Fill in email for this person in the source system; the line is imported at the next run"),
        text);
    assertFalse(text.contains("{field}"), "placeholders are filled: " + text);
    String values = driver.findElement(By.cssSelector("table.source")).getText();
    assertTrue(values.contains("E1004"), values);
    screenshot("line-detail");
  }

  /** The page upload from a real browser: the form, its token and the browser's own headers. */
  @Test
  void adminUploadsAFileFromTheFlowPage() throws IOException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("browser-upload");
    Path file = Files.createTempFile("passerelle-upload-", ".csv");
    try {
      Files.writeString(
          file, Api.HEADER + "\nB1-" + t + ",Bea,Roux," + Api.email("bea", t) + ",2026-02-02\n");
      logInAsAdmin();
      driver.get(Api.BASE + "/flows/" + flow);
      driver.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(file.toString());
      driver.findElement(By.id("upload-run")).click();
      waiting().until(ExpectedConditions.urlMatches(".*/runs/\\d+$"));
      Matcher m = Pattern.compile("/runs/(\\d+)$").matcher(driver.getCurrentUrl());
      assertTrue(m.find(), driver.getCurrentUrl());
      JsonObject run = Api.awaitFinished(Long.parseLong(m.group(1)));
      assertEquals(flow, run.getJsonNumber("flowId").longValue());
      assertEquals("SUCCEEDED", run.getString("state"), run::toString);
      assertEquals(1, run.getJsonNumber("total").longValue(), run::toString);
      screenshot("run-after-page-upload");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
