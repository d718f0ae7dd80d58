package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Activity of a flow: its live progress JSON, its line view (API and page) and bad input. */
class ActivityIT {
  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  private static JsonObject progress(long flow, String query, User user) {
    HttpResponse<String> r =
        Api.get("/api/v1/flows/" + flow + "/activity" + (query == null ? "" : "?" + query), user);
    Api.expectStatus(200, r);
    return Api.object(r);
  }

  private static JsonObject runIn(JsonObject activity, long runId) {
    return activity.getJsonArray("runs").stream()
        .map(v -> v.asJsonObject())
        .filter(r -> r.getJsonNumber("id").longValue() == runId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("run " + runId + " not in " + activity));
  }

  private static JsonObject lineView(long flow, String query) {
    HttpResponse<String> r =
        Api.get("/api/v1/flows/" + flow + "/activity/lines?" + query, User.VIEWER);
    Api.expectStatus(200, r);
    return Api.object(r);
  }

  private static List<String> keys(JsonObject page) {
    List<String> keys = new ArrayList<>();
    page.getJsonArray("items")
        .forEach(
            v ->
                keys.add(
                    v.asJsonObject().getJsonNumber("runId")
                        + "-"
                        + v.asJsonObject().getInt("lineNumber")));
    return keys;
  }

  @Test
  void progressCountsTheFilesRecordsAndNeedsALogIn() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-progress");
    // 4 data records in 7 physical lines: a quoted newline and a blank line are not lines.
    byte[] file =
        Api.csv(
            Api.HEADER,
            "A1-" + t + ",Ann,\"Two\nLines\"," + Api.email("ann", t) + ",2026-01-05",
            "",
            "A2-" + t + ",Bob,Bell," + Api.email("bob", t) + ",2026-01-05",
            "A3-" + t + ",Cid,Cole,not-an-email,2026-01-05",
            "A4-" + t + ",Dan,Dale," + Api.email("dan", t) + ",2026-01-05");
    long runId = Api.upload(flow, "four.csv", file).getJsonNumber("id").longValue();
    JsonObject run = Api.awaitFinished(runId);
    assertEquals("PARTIALLY_FAILED", run.getString("state"), run::toString);

    assertProblem(401, Api.get("/api/v1/flows/" + flow + "/activity", null));
    JsonObject done = runIn(progress(flow, "runs=" + runId, User.VIEWER), runId);
    assertTrue(done.getBoolean("finished"), done::toString);
    assertEquals("PARTIALLY_FAILED", done.getString("state"));
    assertEquals("Partially failed", done.getString("stateLabel"));
    assertEquals(4, done.getJsonNumber("done").longValue(), done::toString);
    assertEquals(4, done.getJsonNumber("total").longValue(), done::toString);
    assertEquals(100, done.getInt("percent"));
    assertEquals("4 of 4 lines", done.getString("text"));
    JsonObject failures = done.getJsonArray("counts").getJsonObject(2);
    assertEquals("FAILURE", failures.getString("status"));
    assertEquals(1, failures.getJsonNumber("count").longValue());

    // a finished run is only listed when asked for; runs of other flows never
    assertTrue(progress(flow, null, User.ADMIN).getJsonArray("runs").isEmpty());
    long other = Api.createStandardFlow("activity-other");
    assertTrue(progress(other, "runs=" + runId, User.VIEWER).getJsonArray("runs").isEmpty());
    assertProblem(400, Api.get("/api/v1/flows/" + flow + "/activity?runs=1,x", User.VIEWER));
    assertProblem(404, Api.get("/api/v1/flows/999999999/activity", User.VIEWER));
  }

  /** Two runs (newest first), a status and a text filter, paged across both runs and back. */
  @Test
  void lineViewFiltersByPeriodStatusAndTextAndPagesAcrossRuns() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-lines");
    List<String> older = new ArrayList<>(List.of(Api.HEADER));
    for (int i = 1; i <= 40; i++) { // lines 2..41; lines 10 and 20 fail (no email)
      String email = i % 10 == 0 && i <= 20 ? "" : Api.email("ola" + i, t);
      older.add("O" + i + "-" + t + ",Ola" + i + ",Nord" + t + "," + email + ",2026-01-05");
    }
    long run1 =
        Api.importFile(flow, Api.csv(older.toArray(String[]::new))).getJsonNumber("id").longValue();
    List<String> newer = new ArrayList<>(List.of(Api.HEADER));
    for (int i = 1; i <= 40; i++) {
      newer.add(
          "N"
              + i
              + "-"
              + t
              + ",Ned"
              + i
              + ",Nord"
              + t
              + ","
              + Api.email("ned" + i, t)
              + ",2026-01-05");
    }
    newer.add("X1-" + t + ",Zoe,Other," + Api.email("zoe", t) + ",2026-01-05");
    long run2 =
        Api.importFile(flow, Api.csv(newer.toArray(String[]::new))).getJsonNumber("id").longValue();

    // status: the two failures of the older run, with their first message
    JsonObject failures = lineView(flow, "status=FAILURE");
    assertEquals(List.of(run1 + "-11", run1 + "-21"), keys(failures));
    assertEquals(
        "missing email", failures.getJsonArray("items").getJsonObject(0).getString("message"));
    assertEquals(
        "MISSING_FIELD", failures.getJsonArray("items").getJsonObject(0).getString("messageCode"));
    assertNull(Api.str(failures, "next"), failures::toString);

    // text: "last first" name prefix, every status; 80 lines match, the newest run first
    String q = "q=nord" + t + "&status=SUCCESS";
    JsonObject first = lineView(flow, q);
    assertEquals(LocalDate.now(ZoneOffset.UTC).minusDays(6).toString(), first.getString("from"));
    assertEquals(TODAY, first.getString("to"));
    List<String> page1 = keys(first);
    assertEquals(50, page1.size(), first::toString);
    assertEquals(run2 + "-2", page1.get(0));
    assertEquals(run2 + "-41", page1.get(39));
    assertEquals(run1 + "-2", page1.get(40));
    assertFalse(page1.contains(run2 + "-42"), "Zoe Other does not match the text");
    String next = first.getString("next");
    assertTrue(
        next.contains("status=SUCCESS") && next.contains("q=nord") && next.contains("from="), next);
    JsonObject second = Api.follow(next);
    List<String> page2 = keys(second);
    assertEquals(28, page2.size(), second::toString); // 38 successes of the older run, 10 shown
    assertEquals(run1 + "-12", page1.get(49)); // lines 2..10, then 12 (11 failed)
    assertEquals(run1 + "-13", page2.get(0));
    assertFalse(page2.contains(run1 + "-21"), "a failure is not a success");
    assertNull(Api.str(second, "next"), second::toString);
    String previous = second.getString("previous");
    assertTrue(previous.contains("status=SUCCESS") && previous.contains("q=nord"), previous);
    assertEquals(page1, keys(Api.follow(previous)));

    // period: a past week has none of these lines; today has them all
    assertTrue(lineView(flow, "from=2020-01-01&to=2020-01-07").getJsonArray("items").isEmpty());
    assertEquals(
        2, keys(lineView(flow, "from=" + TODAY + "&to=" + TODAY + "&status=failure")).size());

    // bad input: 400 problems, never a 500
    String base = "/api/v1/flows/" + flow + "/activity/lines?";
    assertTrue(
        assertProblem(400, Api.get(base + "from=2026-13-01", User.VIEWER))
            .getString("detail")
            .contains("yyyy-mm-dd"));
    assertTrue(
        assertProblem(400, Api.get(base + "from=2026-03-02&to=2026-03-01", User.VIEWER))
            .getString("detail")
            .contains("after it ends"));
    assertProblem(400, Api.get(base + "status=NOPE", User.VIEWER));
    assertProblem(400, Api.get(base + "after=abc", User.VIEWER));
    assertProblem(400, Api.get(base + "after=999999999-2", User.VIEWER));
    assertProblem(401, Api.get(base, null));
  }

  @Test
  void aRunThatStartedAndEndedBetweenTwoPollsShowsUpAndADryRunIsMarked() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-dry");
    JsonObject before = progress(flow, null, User.VIEWER);
    long known = before.getJsonNumber("newestRunId").longValue();
    HttpResponse<String> r =
        Api.postCsv(
            "/api/v1/flows/" + flow + "/uploads?dryRun=true&filename=dry.csv",
            User.ADMIN,
            Api.csv(
                Api.HEADER,
                "Y1-" + t + ",Dry,Poll" + t + "," + Api.email("dry", t) + ",2026-01-05"));
    Api.expectStatus(202, r);
    long dry =
        Api.awaitFinished(Api.object(r).getJsonNumber("id").longValue())
            .getJsonNumber("id")
            .longValue();

    // Finished before the next poll: still in the answer, as newer than the newest the page knew.
    JsonObject polled = progress(flow, "newerThan=" + known, User.VIEWER);
    JsonObject run = runIn(polled, dry);
    assertTrue(run.getBoolean("finished"), run::toString);
    assertTrue(run.getBoolean("dryRun"), run::toString);
    assertEquals(dry, polled.getJsonNumber("newestRunId").longValue(), polled::toString);
    assertTrue(
        progress(flow, "newerThan=" + dry, User.VIEWER).getJsonArray("runs").isEmpty(),
        "nothing newer than the newest");
    assertProblem(400, Api.get("/api/v1/flows/" + flow + "/activity?newerThan=x", User.VIEWER));

    // The line view marks the dry run's lines, API and page; the page knows its newest run.
    JsonObject lines = lineView(flow, "q=poll" + t);
    assertTrue(lines.getJsonArray("items").getJsonObject(0).getBoolean("dryRun"), lines::toString);
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String page =
        WebSession.expect(200, viewer.get("/flows/" + flow + "/activity?q=poll" + t)).body();
    assertTrue(page.contains("class=\"badge dry-run\""), page);
    assertTrue(page.contains("data-newest-run=\"" + dry + "\""), page);
    String script = WebSession.expect(200, viewer.get("/static/activity.js")).body();
    assertTrue(script.contains("var IDLE = 3000;"), "idle poll every 3 s");
    assertTrue(script.contains("newerThan="), "the poll asks for the runs started since");
  }

  @Test
  void noLineMatchesIsSaidOnlyWhenEveryRunWasSearched() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-broad");
    List<String> rows = new ArrayList<>(List.of(Api.HEADER));
    for (int i = 1; i <= 5002; i++) { // more lines match the text than a run search lists
      rows.add(
          "W"
              + i
              + "-"
              + t
              + ",Wu"
              + i
              + ",Wide"
              + t
              + ","
              + Api.email("wu" + i, t)
              + ",2026-01-05");
    }
    long broad =
        Api.importFile(flow, Api.csv(rows.toArray(String[]::new))).getJsonNumber("id").longValue();

    JsonObject api = lineView(flow, "q=wide" + t);
    assertTrue(api.getJsonArray("items").isEmpty(), api::toString);
    assertEquals(
        List.of(broad),
        api.getJsonArray("tooBroad").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(n -> n.longValue())
            .toList());
    assertFalse(api.getBoolean("complete"), api::toString);
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String page =
        WebSession.expect(200, viewer.get("/flows/" + flow + "/activity?q=wide" + t)).body();
    assertTrue(page.contains("id=\"too-broad\""), page);
    assertFalse(page.contains("id=\"no-line\""), "too broad is not no match: " + page);

    JsonObject none = lineView(flow, "q=nobody" + t);
    assertTrue(none.getBoolean("complete"), none::toString);
    String nonePage =
        WebSession.expect(200, viewer.get("/flows/" + flow + "/activity?q=nobody" + t)).body();
    assertTrue(nonePage.contains("id=\"no-line\""), nonePage);
  }

  @Test
  void thePageShowsLinesLinksThemAndSaysWhatIsWrong() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("activity-page");
    long runId =
        Api.importFile(
                flow,
                Api.csv(
                    Api.HEADER,
                    "P1-" + t + ",Pia,Page" + t + "," + Api.email("pia", t) + ",2026-01-05",
                    "P2-" + t + ",Pol,Page" + t + ",,2026-01-05"))
            .getJsonNumber("id")
            .longValue();
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String flowPage = WebSession.expect(200, viewer.get("/flows/" + flow)).body();
    assertTrue(flowPage.contains("/flows/" + flow + "/activity"), "Activity button on the flow");
    String list = WebSession.expect(200, viewer.get("/flows")).body();
    assertTrue(list.contains("/flows/" + flow + "/activity"), "Activity link in the flows list");

    String page =
        WebSession.expect(200, viewer.get("/flows/" + flow + "/activity?status=FAILURE&q=page" + t))
            .body();
    assertTrue(page.contains("Runs in progress"), page);
    assertTrue(page.contains("/static/activity.js"), "the live script is included");
    assertTrue(page.contains("/runs/" + runId + "/lines/3"), "the failed line links its detail");
    assertFalse(page.contains("/runs/" + runId + "/lines/2\""), "the success is filtered out");
    assertTrue(page.contains("missing email"), page);
    assertFalse(page.contains("http-equiv=\"refresh\""), "no full-page refresh");

    HttpResponse<String> bad = viewer.get("/flows/" + flow + "/activity?from=yesterday");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("from must be a date written yyyy-mm-dd"), bad.body());
    assertTrue(bad.body().contains("id=\"activity-filters\""), "the form stays to fix it");
    HttpResponse<String> reversed =
        viewer.get("/flows/" + flow + "/activity?from=2026-03-02&to=2026-03-01");
    assertEquals(400, reversed.statusCode());
    assertTrue(reversed.body().contains("after it ends"), reversed.body());
    HttpResponse<String> status = viewer.get("/flows/" + flow + "/activity?status=bogus");
    assertEquals(400, status.statusCode());
    assertTrue(status.body().contains("Unknown line status"), status.body());
  }
}
