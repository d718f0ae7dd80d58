package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Re-runs of failed lines (issue 7): after the cause is fixed, only the Failure lines of a run are
 * read again from its file, under their line numbers, with the flow's current rules; the old lines
 * say what became of them.
 */
class RerunIT {
  private static JsonObjectBuilder definition(String name, String... departments) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (String d : departments) {
      values.add(d);
    }
    return Api.standardFlow(name)
        .add("mapping", Api.standardMapping().add("department", "department"))
        .add("valueLists", Json.createObjectBuilder().add("department", values));
  }

  private static HttpResponse<String> rerun(long runId, User user) {
    return Api.postEmpty("/api/v1/runs/" + runId + "/rerun-failures", user);
  }

  /** A flow with a value list missing "Legal", and a run of it with two Legal lines failing. */
  private record Failed(long flowId, String name, long runId) {}

  private static Failed failedRun(String prefix) {
    String token = Api.unique();
    String name = Api.uniqueName(prefix);
    long flowId = Api.createFlow(definition(name, "Sales")).getJsonNumber("id").longValue();
    JsonObject run =
        Api.importFile(
            flowId,
            Api.csv(
                Api.HEADER + ",department",
                "E1,Ok,One," + Api.email("one", token) + ",2026-01-01,Sales",
                "E2,Legal,Two," + Api.email("two", token) + ",2026-01-01,Legal",
                "E3,Ok,Three," + Api.email("three", token) + ",2026-01-01,Sales",
                "E4,Legal,Four," + Api.email("four", token) + ",2026-01-01,Legal",
                "E5,Bad,Email,not-an-email,2026-01-01,Sales"));
    assertEquals(Api.counts(2, 0, 3, 0, 0), Api.counts(run), run::toString);
    return new Failed(flowId, name, run.getJsonNumber("id").longValue());
  }

  @Test
  void aRerunAfterFixingTheValueListTurnsTheFailuresIntoSuccessesUnderTheirLineNumbers() {
    Failed old = failedRun("rerun");
    Api.expectStatus(200, Api.putFlow(old.flowId(), definition(old.name(), "Sales", "Legal")));

    HttpResponse<String> r = rerun(old.runId(), User.ADMIN);
    Api.expectStatus(201, r);
    JsonObject started = Api.object(r);
    assertEquals(old.runId(), started.getJsonNumber("rerunOf").longValue(), r::body);
    assertTrue(
        r.headers().firstValue("Location").orElse("").endsWith("/runs/" + started.get("id")));
    long newId = started.getJsonNumber("id").longValue();
    JsonObject rerun = Api.awaitFinished(newId);
    // Lines 3 and 5 (Legal) now pass; line 6 (its email) still fails; lines 2 and 4 not read.
    assertEquals(Api.counts(2, 0, 1, 0, 0), Api.counts(rerun), rerun::toString);
    List<JsonObject> lines = Api.allLines(newId);
    assertEquals(
        List.of(3, 5, 6),
        lines.stream().map(l -> l.getInt("lineNumber")).toList(),
        lines::toString);
    assertEquals("SUCCESS", Api.line(lines, 3).getString("status"));
    assertEquals("SUCCESS", Api.line(lines, 5).getString("status"));
    assertEquals("Two", Api.line(lines, 3).getString("lastName"));
    assertEquals("FAILURE", Api.line(lines, 6).getString("status"));

    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String oldLine = admin.get("/runs/" + old.runId() + "/lines/3").body();
    assertTrue(oldLine.contains("Re-run in run #" + newId), oldLine);
    assertTrue(oldLine.contains("/runs/" + newId + "/lines/3"), "no link to the new line");
    assertTrue(oldLine.contains("status-success"), "the new line's status is not shown");
    String newPage = admin.get("/runs/" + newId).body();
    assertTrue(newPage.contains("Re-run of the failures of"), newPage);
    assertTrue(newPage.contains("href=\"/runs/" + old.runId() + "\""), "no link to the old run");
    String oldPage = admin.get("/runs/" + old.runId()).body();
    assertTrue(oldPage.contains("href=\"/runs/" + newId + "\""), "the old run lists no re-run");

    // The re-run still has a failure: a re-run of the re-run reads only that line.
    JsonObject again =
        Api.awaitFinished(
            Api.object(Api.expectStatus(201, rerun(newId, User.ADMIN)))
                .getJsonNumber("id")
                .longValue());
    assertEquals(Api.counts(0, 0, 1, 0, 0), Api.counts(again), again::toString);
  }

  @Test
  void aRerunFromThePageStartsWithTheFormsToken() {
    Failed old = failedRun("rerun-page");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String page = admin.get("/runs/" + old.runId()).body();
    assertTrue(page.contains("id=\"rerun-failures\""), "no re-run button on a run with failures");
    HttpResponse<String> posted =
        admin.postForm(
            "/runs/" + old.runId() + "/rerun-failures", Map.of("_csrf", WebSession.csrfOf(page)));
    assertEquals(302, posted.statusCode(), posted::body);
    String location = posted.headers().firstValue("Location").orElseThrow();
    long newId = Long.parseLong(location.replaceAll(".*/runs/(\\d+).*", "$1"));
    JsonObject rerun = Api.awaitFinished(newId);
    assertEquals(old.runId(), rerun.getJsonNumber("rerunOf").longValue());
    assertEquals(3, rerun.getJsonNumber("total").longValue(), rerun::toString);
    assertEquals(
        403, admin.postForm("/runs/" + old.runId() + "/rerun-failures", Map.of()).statusCode());
  }

  @Test
  void refusedWhileTheRunOrARerunOfItIsInProgress() {
    String token = Api.unique();
    String name = Api.uniqueName("rerun-busy");
    long flowId = Api.createFlow(definition(name, "Sales")).getJsonNumber("id").longValue();
    StringBuilder csv = new StringBuilder(Api.HEADER).append(",department\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("B").append(i).append(",Busy,Line,").append(Api.email("b" + i, token));
      csv.append(",2026-01-01,Legal\n");
    }
    long runId =
        Api.upload(
                flowId,
                "busy.csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .getJsonNumber("id")
            .longValue();
    assertTrue(
        assertProblem(409, rerun(runId, User.ADMIN)).getString("detail").contains("not finished"));
    JsonObject old = Api.awaitFinished(runId, java.time.Duration.ofMinutes(3));
    assertEquals(20_000, Api.count(old, "FAILURE"), old::toString);

    long first =
        Api.object(Api.expectStatus(201, rerun(runId, User.ADMIN))).getJsonNumber("id").longValue();
    String busy = assertProblem(409, rerun(runId, User.ADMIN)).getString("detail");
    assertTrue(busy.contains("re-run of run #" + runId + ", is still in progress"), busy);
    JsonObject done = Api.awaitFinished(first, java.time.Duration.ofMinutes(3));
    assertEquals(20_000, Api.count(done, "FAILURE"), done::toString);
  }

  @Test
  void refusedWithAClearConflictAndForViewers() throws IOException {
    Failed old = failedRun("rerun-409");
    assertEquals(403, rerun(old.runId(), User.VIEWER).statusCode());
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String csrf = WebSession.csrfOf(viewer.get("/runs/" + old.runId()).body());
    assertEquals(
        403,
        viewer
            .postForm("/runs/" + old.runId() + "/rerun-failures", Map.of("_csrf", csrf))
            .statusCode());
    assertTrue(!viewer.get("/runs/" + old.runId()).body().contains("id=\"rerun-failures\""));
    assertEquals(404, rerun(Long.MAX_VALUE / 2, User.ADMIN).statusCode());

    // No failure to re-run.
    long clean = Api.createStandardFlow("rerun-clean");
    JsonObject ok =
        Api.importFile(
            clean,
            Api.csv(Api.HEADER, "C1,Clean,Run," + Api.email("c", Api.unique()) + ",2026-01-01"));
    assertTrue(
        assertProblem(409, rerun(ok.getJsonNumber("id").longValue(), User.ADMIN))
            .getString("detail")
            .contains("no Failure line"));

    // A dry run imported nothing: its failures are not re-run.
    HttpResponse<String> dry =
        Api.postCsv(
            "/api/v1/flows/" + clean + "/uploads?dryRun=true",
            User.ADMIN,
            Api.csv(Api.HEADER, "C2,Bad,Date," + Api.email("d", Api.unique()) + ",nope"));
    long dryId = Api.object(Api.expectStatus(202, dry)).getJsonNumber("id").longValue();
    Api.awaitFinished(dryId);
    assertTrue(
        assertProblem(409, rerun(dryId, User.ADMIN)).getString("detail").contains("dry run"));

    // The file is gone from the archive.
    Path archive = Api.dropZone(old.flowId()).resolve("archive");
    try (Stream<Path> files = Files.list(archive)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    assertTrue(
        assertProblem(409, rerun(old.runId(), User.ADMIN))
            .getString("detail")
            .contains("no longer stored"));
  }
}
