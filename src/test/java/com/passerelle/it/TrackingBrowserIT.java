package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8's newcomer path in a real browser: approve an absence on its page, see its leaves arrive
 * in the demo inbox, make the inbox answer 500 and cancel the absence, then on the tracking page
 * re-sync one failed message and mark another as processed.
 */
class TrackingBrowserIT {
  /** base64 of demo:demo, what the demo inbox expects after "Basic ". */
  private static final String INBOX_KEY = "ZGVtbzpkZW1v";

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

  @Test
  void approveSeeTheLeavesInTheInboxThenResyncAndMarkProcessed() {
    String token = Api.unique();
    String email = Api.email("browser", token);
    long flow = Api.createStandardFlow("tracking-browser");
    Api.importFile(
        flow,
        Api.csv(Api.HEADER, "B-" + token + ",Rosa,Inbox" + token + "," + email + ",2024-01-01"));
    long account = account(token);
    long endpoint =
        Api.createEndpoint("Browser inbox " + token, Api.BASE + "/demo/inbox", INBOX_KEY);
    long absence =
        Api.object(
                expectStatus(
                    201,
                    Api.postJson(
                        "/api/v1/absences",
                        Api.User.ADMIN,
                        Json.createObjectBuilder()
                            .add("ownerEmail", email)
                            .add("accountId", account)
                            .add("startDate", "2026-07-06")
                            .add("startsAfternoon", false)
                            .add("endDate", "2026-07-06")
                            .add("endsMorning", false)
                            .build()
                            .toString())))
            .getJsonNumber("id")
            .longValue();
    String am = absence + "-20260706-AM";
    String pm = absence + "-20260706-PM";
    chromium.logIn("admin", "admin");
    try {
      // Approve on the absence's page.
      driver.get(Api.BASE + "/absences/" + absence);
      driver.findElement(By.id("approve")).click();
      waitFor(
          d -> d.findElement(By.id("absence-status")).getText().toLowerCase().contains("approved"));

      // Its leaves arrive in the inbox: created then approved, for each half-day (the demo's own
      // endpoint to the inbox sends them too).
      waitFor(
          d -> {
            d.get(Api.BASE + "/demo/inbox/calls");
            List<String> approved = approvedBodies(d);
            return approved.stream().anyMatch(b -> b.contains("\"" + am + "\""))
                && approved.stream().anyMatch(b -> b.contains("\"" + pm + "\""));
          });
      assertTrue(driver.getPageSource().contains("Basic ****"), "the key is masked");

      // The inbox answers 500; the cancellation's messages fail along the cascade.
      driver.findElement(By.id("toggle-500")).click();
      waitFor(d -> d.findElement(By.id("inbox-mode")).getText().contains("500"));
      expectStatus(200, Api.postEmpty("/api/v1/absences/" + absence + "/cancel", Api.User.ADMIN));
      String failedList =
          Api.BASE
              + "/webhooks/messages?status=FAILED&endpoint="
              + endpoint
              + "&absence="
              + absence;
      waitFor(
          d -> {
            d.get(failedList);
            return d.findElements(By.cssSelector("tr.message-row")).size() == 2;
          });
      driver.get(Api.BASE + "/demo/inbox/calls");
      driver.findElement(By.id("toggle-500")).click(); // answers 200 again
      waitFor(d -> d.findElement(By.id("inbox-mode")).getText().contains("200"));

      // Re-sync the first failed message from its page: it is delivered.
      driver.get(failedList);
      String first =
          driver
              .findElements(By.cssSelector("tr.message-row td:first-child a"))
              .get(0)
              .getAttribute("href");
      String second =
          driver
              .findElements(By.cssSelector("tr.message-row td:first-child a"))
              .get(1)
              .getAttribute("href");
      driver.get(first);
      assertTrue(driver.findElement(By.id("attempts")).getText().contains("500"));
      driver.findElement(By.id("resync")).click();
      // the form posts, then redirects: wait for the page it lands on to say so
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .withMessage("the flash says the message is re-synced")
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(d -> d.getPageSource().contains("re-synced"));
      waitFor(
          d -> {
            d.get(first);
            return d.findElement(By.id("message-status")).getText().equals("Delivered");
          });

      // Mark the other as processed with a note.
      driver.get(second);
      driver.findElement(By.id("note")).sendKeys("Cancelled in the customer's tool by hand");
      driver.findElement(By.id("mark-processed")).click();
      waitFor(d -> d.findElement(By.id("message-status")).getText().equals("Processed"));
      assertEquals(
          "Cancelled in the customer's tool by hand",
          driver.findElement(By.id("processed-note")).getText());
      driver.get(failedList);
      assertTrue(
          driver.findElements(By.cssSelector("tr.message-row")).isEmpty(), "no failure left");
    } finally {
      Api.deactivateEndpoint(endpoint); // other tests' absences must not write to it
    }
  }

  private static List<String> approvedBodies(WebDriver d) {
    return d.findElements(By.cssSelector("tr.call[data-event='approved'] .call-body")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(500))
        // the absence page reloads itself while its messages go out: an element read during the
        // reload is stale ("does not belong to the document"); the next poll reads the new page
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(condition::apply);
  }

  private static long account(String token) {
    return Api.object(
            expectStatus(
                201,
                Api.postJson(
                    "/api/v1/leave-accounts",
                    Api.User.ADMIN,
                    "{\"name\":\"Browser "
                        + token
                        + "\",\"categoryId\":1,\"categoryName\":\"Annual\",\"unit\":\"DAYS\"}")))
        .getJsonNumber("id")
        .longValue();
  }
}
