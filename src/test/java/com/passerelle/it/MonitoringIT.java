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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The monitoring API counts what was written: a run with 5 imported and 3 failed lines moves
 * today's figures by +5 and +3 (deltas: other tests write at the same time), its failures group
 * under its flow and code, and the details list its occurrences with links.
 */
class MonitoringIT {
  private static final String M = "/api/v1/monitoring/";

  private static JsonObject get(String path) {
    return Api.object(Api.expectStatus(200, Api.get(M + path, User.VIEWER)));
  }

  private static JsonObject typeOf(JsonArray rows, String type) {
    return rows.stream()
        .map(v -> v.asJsonObject())
        .filter(r -> r.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " missing in " + rows));
  }

  private static long failedToday() {
    return typeOf(get("overview?days=1").getJsonArray("types"), "INBOUND_FILE")
        .getJsonNumber("failures")
        .longValue();
  }

  private static JsonObject changeToday() {
    return typeOf(get("change?days=1").getJsonArray("types"), "INBOUND_FILE");
  }

  private static long current(JsonObject change, String which) {
    return change.getJsonObject(which).getJsonNumber("current").longValue();
  }

  private static long codeCount(String code) {
    return get("errors?days=7").getJsonArray("codes").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("code").equals(code))
        .mapToLong(c -> c.getJsonNumber("failures").longValue())
        .sum();
  }

  private static long trendToday() {
    JsonObject trends = get("trends?days=30&type=INBOUND_FILE");
    JsonArray series = trends.getJsonArray("series");
    assertEquals(1, series.size(), series::toString);
    JsonArray values = series.getJsonObject(0).getJsonArray("failures");
    assertEquals(30, values.size(), "one value per day, zero-filled");
    assertEquals(30, trends.getJsonArray("days").size());
    return values.getJsonNumber(29).longValue();
  }

  @Test
  void aRunsFailedAndImportedLinesMoveTodaysFigures() {
    long failedBefore = failedToday();
    JsonObject changeBefore = changeToday();
    long invalidBefore = codeCount("INVALID_EMAIL");
    long trendBefore = trendToday();

    String t = Api.unique();
    String name = Api.uniqueName("monitoring");
    long flow = Api.createFlow(Api.standardFlow(name)).getJsonNumber("id").longValue();
    List<String> rows = new ArrayList<>(List.of(HEADER));
    for (int i = 0; i < 5; i++) {
      rows.add("M" + i + "-" + t + ",Ann" + i + ",Dupont," + email("ann" + i, t) + ",2026-01-05");
    }
    for (int i = 0; i < 3; i++) {
      rows.add("X" + i + "-" + t + ",Bad" + i + ",Email,not-an-email-" + i + ",2026-01-05");
    }
    JsonObject run = importFile(flow, csv(rows.toArray(String[]::new)));
    long runId = run.getJsonNumber("id").longValue();
    assertEquals(5, Api.count(run, "SUCCESS"), Api.counts(run));

    assertEquals(failedBefore + 3, failedToday());
    JsonObject changeAfter = changeToday();
    assertEquals(current(changeBefore, "failed") + 3, current(changeAfter, "failed"));
    assertEquals(current(changeBefore, "successful") + 5, current(changeAfter, "successful"));
    assertEquals(invalidBefore + 3, codeCount("INVALID_EMAIL"));
    assertEquals(trendBefore + 3, trendToday());

    // the failures table: this flow's group, found by paging through the type's groups
    JsonObject group = findGroup("INBOUND_FILE", flow, "INVALID_EMAIL");
    assertEquals(3, group.getJsonNumber("total").longValue(), group::toString);
    assertEquals(name, group.getString("integrationName"));
    assertEquals("LINE", group.getString("step"));
    assertEquals("/flows/" + flow, group.getString("sourceLink"));
    assertFalse(group.getString("description").isBlank());

    JsonObject details = get("failures/INBOUND_FILE/" + flow + "/INVALID_EMAIL?days=1");
    assertEquals(3, details.getJsonObject("failure").getJsonNumber("total").longValue());
    assertFalse(details.getString("action").isBlank(), details::toString);
    JsonArray recent = details.getJsonArray("recent");
    assertEquals(3, recent.size(), recent::toString);
    JsonObject newest = recent.getJsonObject(0);
    assertEquals("/runs/" + runId, newest.getString("runLink"));
    assertEquals(
        "/runs/" + runId + "/lines/" + newest.getInt("lineNumber"), newest.getString("lineLink"));
    assertEquals("/flows/" + flow, newest.getString("flowLink"));
    assertFalse(newest.getBoolean("demo"));
  }

  private static JsonObject findGroup(String type, long source, String code) {
    String after = null;
    for (int page = 0; page < 200; page++) {
      JsonObject body =
          get(
              "failures?days=1&type="
                  + type
                  + "&limit=20"
                  + (after == null ? "" : "&after=" + Api.enc(after)));
      for (var v : body.getJsonArray("items")) {
        JsonObject g = v.asJsonObject();
        assertEquals(type, g.getString("type"));
        if (g.getJsonNumber("sourceId").longValue() == source && g.getString("code").equals(code)) {
          return g;
        }
      }
      if (!body.containsKey("next") || body.isNull("next")) { // JSON-B omits nulls
        break;
      }
      after = body.getString("next");
    }
    throw new AssertionError("no group " + type + "/" + source + "/" + code);
  }

  @Test
  void aPeriodWithoutFailuresOfAGroupHasNoDetailsAndTheTypeFilterHolds() {
    long flow = Api.createStandardFlow("monitoring-empty");
    // a flow that never failed: no group, the details are a 404 problem
    var none = Api.get(M + "failures/INBOUND_FILE/" + flow + "/INVALID_EMAIL?days=30", User.VIEWER);
    assertEquals(404, none.statusCode(), Api.describe(none));

    JsonObject onlyOutbound = get("failures?days=90&types=OUTBOUND_WEBHOOK");
    for (var v : onlyOutbound.getJsonArray("items")) {
      assertEquals("OUTBOUND_WEBHOOK", v.asJsonObject().getString("type"));
    }
    JsonObject overview = get("overview?days=7&types=INBOUND_WEBHOOK,OUTBOUND_WEBHOOK");
    assertEquals(2, overview.getJsonArray("types").size(), overview::toString);
    JsonObject change = get("change?days=7");
    assertEquals(4, change.getJsonArray("types").size());
    assertEquals(7, change.getJsonObject("previous").getInt("days"));
    for (var v : change.getJsonArray("types")) {
      JsonObject failed = v.asJsonObject().getJsonObject("failed");
      // "no data before" is never a number: the percent is absent (null) exactly then
      assertEquals(
          failed.getString("trend").equals("NO_DATA_BEFORE"),
          !failed.containsKey("percent") || failed.isNull("percent"),
          failed::toString);
    }
  }

  @Test
  void errorsCarryReasonPhrasesAndCatalogTitles() {
    Api.importFile(Api.createStandardFlow("monitoring-titles"), new byte[0]);
    JsonObject entry =
        get("errors?days=1").getJsonArray("codes").stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("code").equals("FILE_EMPTY"))
            .findFirst()
            .orElseThrow();
    assertFalse(entry.getBoolean("http"));
    assertTrue(entry.getString("label").startsWith("The file"), entry::toString);
  }

  @Test
  void badChoicesAre400ProblemsAndReadersMustLogIn() {
    for (String bad :
        List.of(
            "overview?days=5",
            "overview?days=abc",
            "change?types=NOPE",
            "errors?days=0",
            "trends?type=FILES",
            "failures?after=garbage",
            "failures?limit=0",
            "failures/NOPE/1/404")) {
      var r = Api.get(M + bad, User.VIEWER);
      assertEquals(400, r.statusCode(), bad + ": " + Api.describe(r));
      assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("problem+json"), bad);
    }
    var anonymous = Api.send(HttpRequest.newBuilder(Api.uri(M + "overview")).GET().build());
    assertEquals(401, anonymous.statusCode(), Api.describe(anonymous));
    assertNotNull(get("overview").getJsonArray("types"));
  }
}
