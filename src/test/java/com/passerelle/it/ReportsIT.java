package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reports across flows (issue 7, the classic interface): history with keyset paging and filters,
 * the original file of a run, the summary of errors by flow and the failures behind a count, the
 * person search across runs, and every bad parameter answered with a 400.
 */
class ReportsIT {

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static List<Long> ids(JsonArray items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(v -> ids.add(id(v.asJsonObject())));
    return ids;
  }

  /** JSON-B leaves null fields out. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject apiOk(String path) {
    return object(expectStatus(200, Api.get(path, User.VIEWER)));
  }

  private static void assertProblem400(String path, String expectedText) {
    HttpResponse<String> r = Api.get(path, User.VIEWER);
    expectStatus(400, r);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        Api.describe(r));
    String detail = object(r).getString("detail");
    assertTrue(detail.contains(expectedText), () -> path + ": " + detail);
  }

  @Test
  void historyIsNewestFirstPagedByKeysetAndFiltered() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("history");
    long first =
        id(
            Api.importFile(
                flow, csv(HEADER, "H1-" + t + ",Ann,Lee," + email("ann", t) + ",2026-01-05")));
    long second = id(Api.importFile(flow, csv("wrong,header", "a,b"))); // a failed run
    long third =
        id(
            Api.importFile(
                flow,
                csv(
                    HEADER,
                    "H2-" + t + ",Bob,Ray," + email("bob", t) + ",2026-01-05",
                    "H3-" + t + ",Cid,Roe,not-an-email,2026-01-05")));

    JsonObject all = apiOk("/api/v1/reports/runs?flow=" + flow);
    assertEquals(List.of(third, second, first), ids(all.getJsonArray("items")));
    JsonObject newest = all.getJsonArray("items").getJsonObject(0);
    assertEquals(1, Api.count(newest, "SUCCESS"));
    assertEquals(1, Api.count(newest, "FAILURE"));

    JsonObject page1 = apiOk("/api/v1/reports/runs?size=2&flow=" + flow);
    assertEquals(List.of(third, second), ids(page1.getJsonArray("items")));
    assertNull(Api.str(page1, "previous"), page1::toString);
    JsonObject page2 = Api.follow(page1.getString("next"));
    assertEquals(List.of(first), ids(page2.getJsonArray("items")));
    assertNull(Api.str(page2, "next"), page2::toString);
    JsonObject back = Api.follow(page2.getString("previous"));
    assertEquals(List.of(third, second), ids(back.getJsonArray("items")));

    JsonObject failed = apiOk("/api/v1/reports/runs?state=FAILED&flow=" + flow);
    assertEquals(List.of(second), ids(failed.getJsonArray("items")));

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String longAgo = "from=" + today.minusDays(100) + "&to=" + today.minusDays(90);
    JsonObject old = apiOk("/api/v1/reports/runs?flow=" + flow + "&" + longAgo);
    assertTrue(old.getJsonArray("items").isEmpty(), old::toString);

    // The page: every run with its links, filters kept in the paging links.
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String html =
        WebSession.expect(200, viewer.get("/reports?flow=" + flow + "&state=PARTIALLY_FAILED"))
            .body();
    assertTrue(html.contains("href=\"/runs/" + third + "\""), html);
    assertFalse(html.contains("href=\"/runs/" + first + "\""), html);
    assertTrue(html.contains("/runs/" + third + "/source"), html);
    assertTrue(html.contains("/runs/" + third + "/export.csv"), html);
    assertTrue(html.contains("id=\"nav-reports\""), html);
  }

  @Test
  void theOriginalFileIsDownloadedAsUploadedOr404WhenGone() throws Exception {
    String t = Api.unique();
    long flow = Api.createStandardFlow("source");
    byte[] file = csv(HEADER, "S1-" + t + ",Éloïse,Brun," + email("eloise", t) + ",2026-01-05");
    long run = id(Api.awaitFinished(id(Api.upload(flow, "Team export (March).csv", file))));

    HttpResponse<byte[]> api =
        Api.CLIENT.send(
            Api.request("/api/v1/runs/" + run + "/source", User.VIEWER).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, api.statusCode());
    assertArrayEquals(file, api.body());
    String disposition = api.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment; filename=\"run-" + run + "-"), disposition);
    assertFalse(disposition.contains(" (") || disposition.contains("/"), disposition);

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    HttpResponse<String> page = WebSession.expect(200, viewer.get("/runs/" + run + "/source"));
    assertEquals(new String(file, StandardCharsets.UTF_8), page.body());

    // Anonymous: 401 for the API, the log-in page for the page.
    expectStatus(401, Api.get("/api/v1/runs/" + run + "/source", null));
    WebSession.assertRedirectToLogin(new WebSession().get("/runs/" + run + "/source"));

    // Gone from the archive (retention): a 404 that says so, page and API.
    Path archive = Api.dropZone(flow).resolve("archive");
    try (Stream<Path> files = Files.list(archive)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    HttpResponse<String> gone =
        expectStatus(404, Api.get("/api/v1/runs/" + run + "/source", User.VIEWER));
    assertTrue(object(gone).getString("detail").contains("no longer kept"), gone.body());
    HttpResponse<String> gonePage = WebSession.expect(404, viewer.get("/runs/" + run + "/source"));
    assertTrue(gonePage.body().contains("no longer kept"), gonePage.body());

    // A run that never had a file.
    long fileless = id(Api.runNowAndWait(flow));
    HttpResponse<String> none =
        expectStatus(404, Api.get("/api/v1/runs/" + fileless + "/source", User.ADMIN));
    assertTrue(object(none).getString("detail").contains("has no original file"), none.body());
    expectStatus(404, Api.get("/api/v1/runs/999999999/source", User.ADMIN));
  }

  @Test
  void errorSummaryCountsByFlowAndCodeAndLinksToExplanationAndLines() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("errors");
    Api.importFile(
        flow,
        csv(
            HEADER,
            "E1-" + t + ",Ann,Lee,bad-one,2026-01-05",
            "E2-" + t + ",Bob,Ray," + email("bob", t) + ",2026-01-05",
            "E3-" + t + ",Cid,Roe,bad-two,2026-01-05",
            "E4-" + t + ",,Doe," + email("dee", t) + ",2026-01-05"));
    long badRun = id(Api.importFile(flow, csv("wrong,header", "a,b")));

    JsonArray summary =
        Api.array(
            expectStatus(200, Api.get("/api/v1/reports/errors/summary?flow=" + flow, User.VIEWER)));
    assertEquals(1, summary.size(), summary::toString);
    JsonObject fe = summary.getJsonObject(0);
    assertEquals(flow, fe.getJsonNumber("flowId").longValue());
    assertEquals(4, fe.getJsonNumber("total").longValue(), fe::toString);
    JsonObject invalidEmail = code(fe, "INVALID_EMAIL");
    assertEquals(2, invalidEmail.getJsonNumber("count").longValue());
    assertEquals("LINE", invalidEmail.getString("level"));
    assertEquals("Invalid email", invalidEmail.getString("title"));
    assertEquals(1, code(fe, "MISSING_FIELD").getJsonNumber("count").longValue());
    assertEquals(1, code(fe, "MISSING_HEADERS").getJsonNumber("count").longValue());

    JsonObject lines = Api.follow(invalidEmail.getString("failures"));
    JsonArray items = lines.getJsonArray("items");
    assertEquals(2, items.size(), lines::toString);
    JsonObject newest = items.getJsonObject(0); // newest first: line 4 was written with line 2
    assertEquals("FAILURE", newest.getString("status"));
    assertTrue(List.of("bad-one", "bad-two").contains(newest.getString("email")), newest::toString);
    JsonObject runLevel =
        Api.follow(code(fe, "MISSING_HEADERS").getString("failures"))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(badRun, runLevel.getJsonNumber("runId").longValue());
    assertEquals("RUN", runLevel.getString("scope"));

    // The pages: each code links to its explanation and to its lines, which link to each line.
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String html = WebSession.expect(200, viewer.get("/reports/summary?flow=" + flow)).body();
    assertTrue(html.contains("href=\"/catalog#INVALID_EMAIL\""), html);
    assertTrue(html.contains("/reports/errors?flow=" + flow + "&amp;code=INVALID_EMAIL"), html);
    String errors =
        WebSession.expect(200, viewer.get("/reports/errors?flow=" + flow + "&code=INVALID_EMAIL"))
            .body();
    assertTrue(errors.contains("bad-two") && errors.contains("bad-one"), errors);
    assertTrue(errors.contains("/lines/4\"") && errors.contains("/lines/2\""), errors);
    assertTrue(
        errors.contains("Incorrect email address format") || errors.contains("Cause"), errors);
    String catalog = WebSession.expect(200, viewer.get("/catalog")).body();
    assertTrue(catalog.contains("id=\"INVALID_EMAIL\""), catalog);
    assertTrue(catalog.contains("id=\"MISSING_HEADERS\""), catalog);

    // Where no message fills a code, its words show as ‹field›, never as unfilled {field}.
    assertEquals("missing ‹field›", code(fe, "MISSING_FIELD").getString("title"));
    assertFalse(catalog.contains("{field}") || catalog.contains("{stakeholder}"), catalog);
    assertTrue(catalog.contains("‹stakeholder› not found"), catalog);
    assertFalse(html.contains("{field}"), html);
    assertTrue(html.contains("missing ‹field›"), html);
    String missing =
        WebSession.expect(200, viewer.get("/reports/errors?flow=" + flow + "&code=MISSING_FIELD"))
            .body();
    assertFalse(missing.contains("{field}"), missing);
    assertTrue(missing.contains("Fill in ‹field›"), missing);
  }

  @Test
  void aReRunsFailuresCountAgainAndTheListSaysWhichRunTheyReRan() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("rerun errors");
    long old =
        id(
            Api.importFile(
                flow,
                csv(
                    HEADER,
                    "R1-" + t + ",Ann,Lee," + email("ann", t) + ",2026-01-05",
                    "R2-" + t + ",Bob,Ray,still-bad,2026-01-05")));
    HttpResponse<String> started =
        expectStatus(201, Api.postEmpty("/api/v1/runs/" + old + "/rerun-failures", User.ADMIN));
    long rerun = id(Api.awaitFinished(id(object(started))));

    JsonObject fe =
        Api.array(
                expectStatus(
                    200, Api.get("/api/v1/reports/errors/summary?flow=" + flow, User.VIEWER)))
            .getJsonObject(0);
    assertEquals(2, code(fe, "INVALID_EMAIL").getJsonNumber("count").longValue(), fe::toString);
    JsonArray items =
        Api.follow(code(fe, "INVALID_EMAIL").getString("failures")).getJsonArray("items");
    assertEquals(2, items.size(), items::toString);
    assertEquals(rerun, items.getJsonObject(0).getJsonNumber("runId").longValue());
    assertEquals(old, items.getJsonObject(0).getJsonNumber("rerunOf").longValue(), items::toString);
    assertTrue(absent(items.getJsonObject(1), "rerunOf"), items::toString);

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String page =
        WebSession.expect(200, viewer.get("/reports/errors?flow=" + flow + "&code=INVALID_EMAIL"))
            .body();
    assertTrue(page.contains("re-run of"), page);
    assertTrue(page.contains("href=\"/runs/" + old + "\">#" + old + "</a></span>"), page);
  }

  @Test
  void dryRunsAreMarkedInTheHistoryAndTheSearchAndLogNoFailure() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("dry reports");
    String who = "Dryrun" + t;
    HttpResponse<String> r =
        Api.postCsv(
            "/api/v1/flows/" + flow + "/uploads?dryRun=true&filename=dry.csv",
            User.ADMIN,
            csv(
                HEADER,
                "D1-" + t + ",Dee," + who + "," + email("dee", t) + ",2026-01-05",
                "D2-" + t + ",Dan," + who + ",not-an-email,2026-01-05"));
    expectStatus(202, r);
    long dry = id(Api.awaitFinished(id(object(r))));

    // The history: the API says dryRun, the page shows the badge and no link to a file not kept.
    JsonObject history = apiOk("/api/v1/reports/runs?flow=" + flow);
    assertTrue(history.getJsonArray("items").getJsonObject(0).getBoolean("dryRun"));
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String html = WebSession.expect(200, viewer.get("/reports?flow=" + flow)).body();
    assertTrue(html.contains("class=\"badge dry-run\""), html);
    assertFalse(html.contains("/runs/" + dry + "/source"), html);
    HttpResponse<String> noFile =
        expectStatus(404, Api.get("/api/v1/runs/" + dry + "/source", User.VIEWER));
    assertTrue(
        object(noFile).getString("detail").contains("a dry run's file is not kept"), noFile::body);

    // The person search: a dry run's Success line created nobody, and says so.
    JsonObject found = apiOk("/api/v1/lines/search?q=" + Api.enc(who));
    JsonArray items = found.getJsonArray("items");
    assertEquals(2, items.size(), found::toString);
    for (JsonObject item : items.getValuesAs(JsonObject.class)) {
      assertTrue(item.getBoolean("dryRun"), item::toString);
      assertEquals("dry run: nothing created", item.getString("note"), item::toString);
    }
    String page = WebSession.expect(200, viewer.get("/reports/people?q=" + Api.enc(who))).body();
    assertTrue(page.contains("dry run: nothing created"), page);
    assertTrue(page.contains("class=\"badge dry-run\""), page);

    // The error summary counts production failures only: the dry run's Failure line is not there.
    JsonArray summary =
        Api.array(
            expectStatus(200, Api.get("/api/v1/reports/errors/summary?flow=" + flow, User.VIEWER)));
    assertTrue(summary.isEmpty(), summary::toString);
  }

  private static JsonObject code(JsonObject flowErrors, String code) {
    return flowErrors.getJsonArray("codes").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + flowErrors));
  }

  @Test
  void personSearchFindsLinesAcrossRunsOrSaysNotInAnyRead() {
    String t = Api.unique();
    long flowA = Api.createStandardFlow("people a");
    long flowB = Api.createStandardFlow("people b");
    String zoe = email("zoe", t);
    Api.importFile(flowA, csv(HEADER, "P1-" + t + ",Zoé,Quintal" + t + "," + zoe + ",2026-01-05"));
    Api.importFile(
        flowB,
        csv(
            HEADER,
            "P2-" + t + ",Zoé,Quintal" + t + ",not-an-email,2026-01-05",
            "P3-" + t + ",Other,Person," + email("other", t) + ",2026-01-05"));

    JsonObject byName = apiOk("/api/v1/lines/search?q=" + Api.enc("QUINTAL" + t + " zoe"));
    JsonArray items = byName.getJsonArray("items");
    assertEquals(2, items.size(), byName::toString);
    assertEquals(flowB, items.getJsonObject(0).getJsonNumber("flowId").longValue(), "newest first");
    JsonObject failedLine = items.getJsonObject(0).getJsonObject("line");
    assertEquals("FAILURE", failedLine.getString("status"));
    assertEquals("INVALID_EMAIL", Api.firstMessage(failedLine).getString("code"));
    assertEquals("SUCCESS", items.getJsonObject(1).getJsonObject("line").getString("status"));
    assertTrue(byName.get("notFound") == null || byName.isNull("notFound"), byName::toString);

    JsonObject byEmail = apiOk("/api/v1/lines/search?q=" + Api.enc(zoe.toUpperCase()));
    assertEquals(1, byEmail.getJsonArray("items").size(), byEmail::toString);
    assertEquals(zoe, byEmail.getJsonArray("profiles").getJsonObject(0).getString("email"));

    JsonObject nobody = apiOk("/api/v1/lines/search?q=" + Api.enc("nobody-" + t));
    assertTrue(nobody.getJsonArray("items").isEmpty());
    JsonObject answer = nobody.getJsonObject("notFound");
    assertNotNull(answer, nobody::toString);
    assertTrue(
        answer.getString("title").startsWith("Not in any file or API read"), answer::toString);
    assertTrue(answer.getString("action").contains("SFTP"), answer::toString);
    assertTrue(answer.getString("action").contains("filters, selection rules"), answer::toString);

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String found =
        WebSession.expect(200, viewer.get("/reports/people?q=" + Api.enc("quintal" + t))).body();
    assertTrue(found.contains("Invalid email") && found.contains("Quintal" + t), found);
    String none =
        WebSession.expect(200, viewer.get("/reports/people?q=" + Api.enc("nobody-" + t))).body();
    assertTrue(none.contains("Not in any file or API read"), none);
  }

  @Test
  void aCappedPersonSearchNeverSaysNotInAnyReadAndGoesOnWithOlderRuns() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("people capped");
    String who = "Capped" + t;
    long oldest =
        id(
            Api.importFile(
                flow,
                csv(HEADER, "C1-" + t + ",Cam," + who + "," + email("cam", t) + ",2026-01-05")));
    long middle =
        id(
            Api.importFile(
                flow, csv(HEADER, "C2-" + t + ",Al,Other," + email("al", t) + ",2026-01-05")));
    long newest =
        id(
            Api.importFile(
                flow, csv(HEADER, "C3-" + t + ",Bo,Other," + email("bo", t) + ",2026-01-05")));

    // Two runs probed, all started today: the person is in the third, older one.
    String q = "/api/v1/lines/search?q=" + Api.enc(who) + "&maxRuns=2";
    JsonObject capped = apiOk(q + "&before=" + (newest + 1));
    assertTrue(capped.getBoolean("capped"), capped::toString);
    assertTrue(capped.getJsonArray("items").isEmpty(), capped::toString);
    assertTrue(absent(capped, "notFound"), "not found is not said when runs were left: " + capped);
    assertEquals(2, capped.getInt("runsProbed"));
    assertEquals(newest, capped.getJsonNumber("newestRunId").longValue());
    assertEquals(middle, capped.getJsonNumber("oldestRunId").longValue());
    String next = capped.getString("next");
    assertTrue(next.contains("before=" + middle) && next.contains("maxRuns=2"), next);
    JsonObject older = Api.follow(next);
    assertEquals(
        oldest,
        older.getJsonArray("items").getJsonObject(0).getJsonNumber("runId").longValue(),
        older::toString);

    // From the newest run of all (other tests' runs may be newer still): never "not in any read".
    JsonObject first = apiOk(q);
    assertTrue(first.getBoolean("capped"), first::toString);
    assertTrue(absent(first, "notFound"), first::toString);
    assertNotNull(Api.str(first, "next"), first::toString);

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String page =
        WebSession.expect(
                200,
                viewer.get(
                    "/reports/people?q=" + Api.enc(who) + "&maxRuns=2&before=" + (newest + 1)))
            .body();
    assertFalse(page.contains("Not in any file or API read"), page);
    assertTrue(page.contains("id=\"runs-capped\""), page);
    assertTrue(page.contains("down to run #<span id=\"oldest-searched\">" + middle), page);
    assertTrue(page.contains("id=\"search-older\""), page);
    assertTrue(page.contains("before=" + middle), page);
    String olderPage =
        WebSession.expect(
                200,
                viewer.get("/reports/people?q=" + Api.enc(who) + "&maxRuns=2&before=" + middle))
            .body();
    assertTrue(olderPage.contains("data-run=\"" + oldest + "\""), olderPage);

    assertProblem400("/api/v1/lines/search?q=x&maxRuns=0", "maxRuns");
    assertProblem400("/api/v1/lines/search?q=x&maxRuns=1001", "maxRuns");
    assertProblem400("/api/v1/lines/search?q=x&before=-1", "before");
  }

  @Test
  void badParametersAreClear400s() {
    long flow = Api.createStandardFlow("bad input");
    assertProblem400("/api/v1/reports/runs?from=2026-13-01", "from is not a date");
    assertProblem400("/api/v1/reports/runs?from=2026-02-01&to=2026-01-01", "after it ends");
    assertProblem400("/api/v1/reports/runs?from=2020-01-01&to=2026-01-01", "at most 366 days");
    assertProblem400("/api/v1/reports/runs?flow=abc", "Unknown flow");
    assertProblem400("/api/v1/reports/runs?flow=999999999", "Unknown flow");
    assertProblem400("/api/v1/reports/runs?state=NOPE", "Unknown run state");
    assertProblem400("/api/v1/reports/runs?older=-4", "older");
    assertProblem400("/api/v1/reports/runs?size=100000", "size");
    assertProblem400("/api/v1/reports/errors/summary?to=yesterday", "to is not a date");
    assertProblem400("/api/v1/reports/errors?flow=" + flow + "&code=NOPE", "Unknown error code");
    assertProblem400("/api/v1/reports/errors?code=INVALID_EMAIL", "Give a flow");
    assertProblem400("/api/v1/lines/search?q=", "Type a name");
    assertProblem400("/api/v1/lines/search?q=%20%20", "Type a name");
    assertProblem400("/api/v1/lines/search?q=x&from=31/01/2026", "from is not a date");
    expectStatus(401, Api.get("/api/v1/lines/search?q=x", null));

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String history = WebSession.expect(400, viewer.get("/reports?from=2026-99-01")).body();
    assertTrue(history.contains("from is not a date"), history);
    assertTrue(history.contains("id=\"history-filters\""), "the form stays: " + history);
    String unknown = WebSession.expect(400, viewer.get("/reports/summary?flow=nope")).body();
    assertTrue(unknown.contains("Unknown flow"), unknown);
    String empty = WebSession.expect(400, viewer.get("/reports/people?q=")).body();
    assertTrue(empty.contains("Type a name"), empty);
    String code =
        WebSession.expect(400, viewer.get("/reports/errors?flow=" + flow + "&code=DROP%20TABLE"))
            .body();
    assertTrue(code.contains("Unknown error code"), code);
    WebSession.expect(200, viewer.get("/reports/people"));
  }
}
