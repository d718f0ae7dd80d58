package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The monitoring pages read as a person (or a screen reader) does: the tables under the charts.
 * Counts are checked as differences around an import of known lines, so other tests' failures on
 * the same server do not matter; then the page against the monitoring API, the period and type in
 * the URL, bad choices (400), and who may see the pages.
 */
class MonitoringPagesIT {
  private static final Pattern NEXT = Pattern.compile("id=\"failures-next\" href=\"([^\"]+)\"");

  private static String page(WebSession s, String path) {
    return WebSession.expect(200, s.get(path)).body();
  }

  /** A cell of a table row marked {@code data-KEY="VALUE"}: the number in its {@code class}. */
  static long cell(String html, String table, String rowMarker, String cellClass) {
    String t = section(html, "id=\"" + table + "\"", "</table>");
    String row = section(t, rowMarker, "</tr>");
    Matcher m = Pattern.compile("class=\"num " + cellClass + "\"[^>]*>(\\d+)<").matcher(row);
    assertTrue(m.find(), () -> cellClass + " in " + row);
    return Long.parseLong(m.group(1));
  }

  /** The data-value of the row marked {@code rowMarker} in a chart's table. */
  static long value(String html, String table, String rowMarker) {
    String t = section(html, "id=\"" + table + "\"", "</table>");
    String row = section(t, rowMarker, ">");
    Matcher m = Pattern.compile("data-value=\"(\\d+)\"").matcher(row);
    assertTrue(m.find(), () -> "data-value in " + row);
    return Long.parseLong(m.group(1));
  }

  static String section(String html, String start, String end) {
    int from = html.indexOf(start);
    assertTrue(from >= 0, () -> "no " + start + " in " + Api.abbreviate(html));
    int to = html.indexOf(end, from);
    return html.substring(from, to < 0 ? html.length() : to + end.length());
  }

  /** Today's cell of a type in the trends table (days are UTC). */
  static long trendToday(String html, String type) {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String t = section(html, "id=\"trends-table\"", "</table>");
    String row = section(t, "data-day=\"" + today + "\"", "</tr>");
    Matcher m = Pattern.compile("data-type=\"" + type + "\">(\\d+)<").matcher(row);
    assertTrue(m.find(), () -> type + " in " + row);
    return Long.parseLong(m.group(1));
  }

  /** The failures table's row of a flow and code, following the pager (null when absent). */
  static String failureRow(WebSession s, String path, long source, String code) {
    String html = page(s, path);
    for (int pages = 0; pages < 20; pages++) {
      String marker = "data-source=\"" + source + "\" data-code=\"" + code + "\"";
      if (html.contains(marker)) {
        return section(html, marker, "</tr>");
      }
      Matcher next = NEXT.matcher(html);
      if (!next.find()) {
        return null;
      }
      html = page(s, next.group(1).replace("&amp;", "&"));
    }
    return null;
  }

  @Test
  void theTablesCountAnImportsFailuresAndSuccesses() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("monitoring-pages");
    String flowName = Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN)).getString("name");
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String before = page(viewer, "/monitoring?days=1");
    String beforeFile = page(viewer, "/monitoring?days=1&type=INBOUND_FILE");

    long runId =
        importFile(
                flow,
                csv(
                    HEADER,
                    "M1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                    "M2-" + t + ",Bob,Leroy,not-an-email,2026-01-05",
                    "M3-" + t + ",Carl,Petit,also-not-an-email,2026-01-05",
                    "M4-" + t + ",,Dubois," + email("chloe", t) + ",2026-01-05"))
            .getJsonNumber("id")
            .longValue();

    String after = page(viewer, "/monitoring?days=1");
    String file = "data-type=\"INBOUND_FILE\"";
    assertEquals(
        value(before, "overview-table", file) + 3, value(after, "overview-table", file), "donut");
    assertEquals(
        cell(before, "change-table", file, "failed") + 3,
        cell(after, "change-table", file, "failed"),
        "failed in the percentage change");
    assertEquals(
        cell(before, "change-table", file, "succeeded") + 1,
        cell(after, "change-table", file, "succeeded"),
        "successful lines in the percentage change");
    assertEquals(trendToday(before, "INBOUND_FILE") + 3, trendToday(after, "INBOUND_FILE"));

    String afterFile = page(viewer, "/monitoring?days=1&type=INBOUND_FILE");
    String email = "data-code=\"INVALID_EMAIL\"";
    long emailsBefore = beforeFile.contains(email) ? value(beforeFile, "errors-table", email) : 0;
    assertEquals(emailsBefore + 2, value(afterFile, "errors-table", email), "errors per code");

    // The flow's rows in the failures table, then the details page behind the action link.
    String row = failureRow(viewer, "/monitoring?days=1&type=INBOUND_FILE", flow, "INVALID_EMAIL");
    assertNotNull(row, "the failures table lists the flow's INVALID_EMAIL");
    assertTrue(row.contains(">" + flowName + "<"), row);
    assertTrue(row.contains("class=\"num total\">2<"), row);
    assertNotNull(failureRow(viewer, "/monitoring?days=1", flow, "MISSING_FIELD"));
    Matcher link = Pattern.compile("class=\"details-link\" href=\"([^\"]+)\"").matcher(row);
    assertTrue(link.find(), row);
    String href = link.group(1).replace("&amp;", "&");
    assertEquals(
        "/monitoring/failures/INBOUND_FILE/" + flow + "/INVALID_EMAIL?days=1&type=INBOUND_FILE",
        href);

    String details = page(viewer, href);
    assertTrue(details.contains("class=\"total\">2<"), () -> Api.abbreviate(details));
    assertTrue(details.contains("href=\"/flows/" + flow + "\""), "link to the flow");
    assertTrue(details.contains("href=\"/runs/" + runId + "\""), "link to the run");
    assertTrue(details.contains("href=\"/runs/" + runId + "/lines/3\""), "link to line 3");
    assertTrue(details.contains("href=\"/runs/" + runId + "/lines/4\""), "link to line 4");
    assertFalse(details.contains("/lines/5\""), "the missing field is another row");
    assertTrue(details.contains("<dt>Cause</dt>"), "the catalog's cause and action");
  }

  @Test
  void thePagesNumbersAreTheApis() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("monitoring-api");
    importFile(
        flow,
        csv(
            HEADER,
            "A1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
            "A2-" + t + ",Bob,Leroy,not-an-email,2026-01-05"));
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    // An earlier test's work may still count (a webhook retry, a scheduled run): the page is
    // compared with API answers that were the same just before and just after it.
    String html = null;
    jakarta.json.JsonObject[] before = null;
    jakarta.json.JsonObject[] after = null;
    for (int attempt = 0;
        attempt < 10
            && (before == null
                || !before[0].equals(after[0])
                || !before[1].equals(after[1])
                || !before[2].equals(after[2]));
        attempt++) {
      before = monitoringApis();
      html = page(viewer, "/monitoring?days=7");
      after = monitoringApis();
    }
    assertEquals(List.of(before), List.of(after), "the counts kept changing around the page");
    jakarta.json.JsonObject overview = after[0];
    jakarta.json.JsonObject change = after[1];
    jakarta.json.JsonObject errors = after[2];
    long total = 0;
    for (var v : overview.getJsonArray("types")) {
      var o = v.asJsonObject();
      String row = "data-type=\"" + o.getString("type") + "\"";
      assertEquals(o.getJsonNumber("failures").longValue(), value(html, "overview-table", row));
      total += o.getJsonNumber("failures").longValue();
    }
    assertTrue(total >= 1, "the import's failure is counted");
    assertTrue(html.contains("id=\"overview-total\">" + total + "<"));
    for (var v : change.getJsonArray("types")) {
      var o = v.asJsonObject();
      String row = "data-type=\"" + o.getString("type") + "\"";
      var failed = o.getJsonObject("failed");
      var ok = o.getJsonObject("successful");
      assertEquals(
          failed.getJsonNumber("current").longValue(), cell(html, "change-table", row, "failed"));
      assertEquals(
          failed.getJsonNumber("previous").longValue(),
          cell(html, "change-table", row, "failed-before"));
      assertEquals(
          ok.getJsonNumber("current").longValue(), cell(html, "change-table", row, "succeeded"));
      assertEquals(
          ok.getJsonNumber("previous").longValue(),
          cell(html, "change-table", row, "succeeded-before"));
      String shown = section(section(html, "id=\"change-table\"", "</table>"), row, "</tr>");
      if ("NO_DATA_BEFORE".equals(failed.getString("trend"))) {
        assertTrue(shown.contains("no data before"), shown);
      }
    }
    for (var v : errors.getJsonArray("codes")) {
      var o = v.asJsonObject();
      String row = "data-code=\"" + o.getString("code") + "\"";
      assertEquals(o.getJsonNumber("failures").longValue(), value(html, "errors-table", row));
    }
  }

  private static jakarta.json.JsonObject[] monitoringApis() {
    return new jakarta.json.JsonObject[] {
      Api.object(Api.get("/api/v1/monitoring/overview?days=7", User.VIEWER)),
      Api.object(Api.get("/api/v1/monitoring/change?days=7", User.VIEWER)),
      Api.object(Api.get("/api/v1/monitoring/errors?days=7", User.VIEWER))
    };
  }

  @Test
  void periodAndTypeAreInTheUrl() {
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String week = page(viewer, "/monitoring?days=7&type=INBOUND_WEBHOOK");
    assertTrue(Pattern.compile("<option value=\"7\"[^>]*selected").matcher(week).find(), "7 days");
    assertTrue(
        Pattern.compile("<option value=\"INBOUND_WEBHOOK\"[^>]*selected").matcher(week).find(),
        "type chosen");
    assertFalse(
        Pattern.compile("<option value=\"30\"[^>]*selected").matcher(week).find(), "not 30");
    String trends = section(week, "id=\"trends-table\"", "</table>");
    assertTrue(trends.contains("data-type=\"INBOUND_WEBHOOK\""), trends);
    assertFalse(trends.contains("data-type=\"INBOUND_FILE\""), "one type only: " + trends);
    assertEquals(31, trends.split("data-day=").length, "30 days of trends");
    assertTrue(week.contains("last 7 days"));

    String custom = page(viewer, "/monitoring?days=custom&from=2025-03-01&to=2025-03-10");
    assertTrue(custom.contains("2025-03-01 to 2025-03-10"), "the custom period is shown");
    assertTrue(custom.contains("compared with 2025-02-19 to 2025-02-28"), "the previous period");
    String customTrends = section(custom, "id=\"trends-table\"", "</table>");
    assertTrue(customTrends.contains("data-day=\"2025-03-10\""), customTrends);
    assertTrue(customTrends.contains("data-day=\"2025-02-09\""), "30 days up to the end");
    // A period with no data: every count 0 and "no data before" instead of a percentage.
    assertEquals(0, value(custom, "overview-table", "data-type=\"OUTBOUND_WEBHOOK\""));
    String change = section(custom, "id=\"change-table\"", "</table>");
    assertTrue(change.contains("no data before"), change);
    assertTrue(custom.contains("id=\"overview-total\">0<"), "no failure in 2025-03");
  }

  @Test
  void badChoicesAreRefusedWithWhatToWrite() {
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    List<String[]> bad = new ArrayList<>();
    bad.add(new String[] {"days=5", "days must be 1, 7, 30, 90 or custom"});
    bad.add(new String[] {"days=abc", "days must be 1, 7, 30, 90 or custom"});
    bad.add(new String[] {"type=NOPE", "type must be one of"});
    bad.add(new String[] {"days=custom&from=2026-01-01", "needs both from and to"});
    bad.add(new String[] {"from=2026-02-30&to=2026-03-01", "from is not a date"});
    bad.add(new String[] {"from=2026-03-02&to=2026-03-01", "after it ends"});
    for (String[] b : bad) {
      HttpResponse<String> r = viewer.get("/monitoring?" + b[0]);
      assertEquals(400, r.statusCode(), b[0]);
      String problem = section(r.body(), "id=\"problem\"", "</p>");
      assertTrue(problem.contains(b[1]), () -> b[0] + ": " + problem);
      assertFalse(r.body().contains("id=\"overview-table\""), "no numbers for a bad choice");
    }
    assertEquals(400, viewer.get("/monitoring/failures/INBOUND_FILE/1/X?days=2").statusCode());
    assertEquals(404, viewer.get("/monitoring/failures/NOPE/1/X").statusCode());
    assertEquals(404, viewer.get("/monitoring/failures/INBOUND_FILE/1/a-b").statusCode());
    assertEquals(404, viewer.get("/monitoring/failures/INBOUND_FILE/1/NO_SUCH_CODE").statusCode());
  }

  @Test
  void viewersSeeThePagesAnonymousPeopleAreSentToLogIn() {
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    HttpResponse<String> r = WebSession.expect(200, viewer.get("/monitoring"));
    String html = r.body();
    assertTrue(html.contains("id=\"nav-monitoring\""), "Monitoring in the top nav");
    assertFalse(Pattern.compile("<script(?![^>]*src=)").matcher(html).find(), "no inline script");
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    Matcher chart = Pattern.compile("<script src=\"(/webjars/chart\\.js/[^\"]+)\"").matcher(html);
    assertTrue(chart.find(), "Chart.js from the app");
    HttpResponse<String> lib = WebSession.expect(200, viewer.get(chart.group(1)));
    assertTrue(lib.body().contains("Chart"), "the Chart.js file");
    WebSession.expect(200, viewer.get("/static/monitoring.js"));

    WebSession.assertRedirectToLogin(new WebSession().get("/monitoring"));
    WebSession.assertRedirectToLogin(
        new WebSession().get("/monitoring/failures/INBOUND_FILE/1/INVALID_EMAIL"));
    WebSession.expect(200, WebSession.loggedIn(User.ADMIN).get("/monitoring?days=30"));
  }
}
