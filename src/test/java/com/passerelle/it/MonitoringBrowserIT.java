package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitoring page in a real browser (the headless Chromium of {@link BrowserIT}): Chart.js
 * loads from the app under the strict CSP, a click on a type in the donut's legend (and the trends'
 * legend) hides it and a second click shows it again, as Chart.js's state says; then a failure's
 * details open from the failures table and lead to its run.
 */
class MonitoringBrowserIT {
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

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Clicks a legend entry where Chart.js drew it (its hit box), as a person would. */
  private static void clickLegend(String canvasId, int index) {
    @SuppressWarnings("unchecked")
    Map<String, Object> box =
        (Map<String, Object>)
            js(
                "var c = Chart.getChart(arguments[0]); var b = c.legend.legendHitBoxes[arguments[1]];"
                    + " var r = c.canvas.getBoundingClientRect();"
                    + " return {x: b.left + b.width / 2 - r.width / 2,"
                    + " y: b.top + b.height / 2 - r.height / 2};",
                canvasId,
                index);
    WebElement canvas = driver.findElement(By.id(canvasId));
    int x = (int) Math.round(((Number) box.get("x")).doubleValue());
    int y = (int) Math.round(((Number) box.get("y")).doubleValue());
    new Actions(driver).moveToElement(canvas, x, y).click().perform();
  }

  private static int labelIndex(String canvasId, String label) {
    Object i =
        js(
            "return Chart.getChart(arguments[0]).data.labels.indexOf(arguments[1]);",
            canvasId,
            label);
    return ((Number) i).intValue();
  }

  private static boolean sliceVisible(int index) {
    return (Boolean)
        js("return Chart.getChart('overview-chart').getDataVisibility(arguments[0]);", index);
  }

  private static boolean lineVisible(int index) {
    return (Boolean)
        js("return Chart.getChart('trends-chart').isDatasetVisible(arguments[0]);", index);
  }

  @Test
  void aLegendClickHidesATypeAndTheTableOpensAFailuresDetails() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("monitoring-browser");
    long runId =
        importFile(
                flow,
                csv(
                    HEADER,
                    "B1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                    "B2-" + t + ",Bob,Leroy,not-an-email,2026-01-05"))
            .getJsonNumber("id")
            .longValue();
    chromium.logIn("viewer", "viewer");
    driver.get(Api.BASE + "/monitoring?days=1");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js("return !!(window.Chart && Chart.getChart('overview-chart'));")));

    // The donut: every type in the legend; Inbound flat file hidden, then shown again.
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) js("return Chart.getChart('overview-chart').data.labels;");
    assertEquals(
        List.of("Inbound flat file", "Inbound HRIS API", "Inbound webhook", "Outbound webhook"),
        labels);
    int file = labelIndex("overview-chart", "Inbound flat file");
    assertTrue(sliceVisible(file));
    clickLegend("overview-chart", file);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !sliceVisible(file));
    assertTrue(sliceVisible(labelIndex("overview-chart", "Outbound webhook")), "others stay");
    clickLegend("overview-chart", file);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> sliceVisible(file));

    // The trends: one line per type, toggled from its legend too.
    assertEquals(4L, js("return Chart.getChart('trends-chart').data.datasets.length;"));
    assertTrue(lineVisible(0));
    clickLegend("trends-chart", 0);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !lineVisible(0));

    // The failures table's action opens the details, which lead to the run.
    // The whole suite's flows failed today too: the row may be on a later page of the table.
    driver.get(Api.BASE + "/monitoring?days=1&type=INBOUND_FILE");
    By row =
        By.cssSelector(
            "#failures-table tr[data-source='"
                + flow
                + "'][data-code='INVALID_EMAIL'] a.details-link");
    for (int page = 0; page < 50 && driver.findElements(row).isEmpty(); page++) {
      driver.findElement(By.id("failures-next")).click();
    }
    driver.findElement(row).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("/monitoring/failures/INBOUND_FILE/" + flow + "/"));
    assertEquals("1", driver.findElement(By.cssSelector("#failure-facts .total")).getText());
    assertEquals(
        "Inbound flat file", driver.findElement(By.cssSelector("#failure-facts .type")).getText());
    driver.findElement(By.cssSelector("#occurrences a.run-link")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/runs/" + runId));
  }
}
