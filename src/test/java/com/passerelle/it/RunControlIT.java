package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stop and resume: a stopped run resumes after its last saved line, each line written once, and
 * never while another run of its flow is in progress: one run per flow, whatever the timing.
 */
class RunControlIT {
  private static final int LINES = 60_000;
  private static final Duration LONG_RUN = Duration.ofSeconds(180);

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** A large upload of the flow, stopped after its first lines. */
  private static JsonObject startedThenStopped(long flow, String t) {
    long run = id(Api.upload(flow, "big-" + t + ".csv", LargeImportIT.employees(LINES, t)));
    Api.awaitSomeLines(run);
    JsonObject stopped = Api.stop(run);
    assertEquals("INTERRUPTED", stopped.getString("state"), stopped::toString);
    assertEquals("RUN_STOPPED", Api.errorCode(stopped));
    assertTrue(stopped.getJsonNumber("total").longValue() < LINES, "stopped mid-file");
    return stopped;
  }

  private static List<JsonObject> inProgress(long flow) {
    return Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).stream()
        .map(v -> v.asJsonObject())
        .filter(r -> "IN_PROGRESS".equals(r.getString("state")))
        .toList();
  }

  @Test
  void aCallerWaitsForARunsEndInOneRequestOrUntilItsWaitIsOver() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("wait-end");
    long run = id(Api.upload(flow, "wait-" + t + ".csv", LargeImportIT.employees(LINES, t)));
    Api.awaitSomeLines(run);

    // A short wait on a run in progress answers when the wait is over, the run still running.
    long start = System.nanoTime();
    JsonObject early = Api.object(Api.get("/api/v1/runs/" + run + "?wait=1", User.VIEWER));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals("IN_PROGRESS", early.getString("state"), early::toString);
    assertTrue(took.toMillis() >= 900 && took.toSeconds() < 10, () -> "answered after " + took);

    // A long one answers with the end itself: one request, the whole file counted.
    HttpResponse<String> ended = Api.get("/api/v1/runs/" + run + "?wait=60", User.VIEWER);
    Api.expectStatus(200, ended);
    JsonObject done = Api.object(ended);
    assertEquals("SUCCEEDED", done.getString("state"), done::toString);
    assertEquals(Api.counts(LINES, 0, 0, 0, 0), Api.counts(done));

    // On an ended run, or without wait, the answer comes at once; a wrong wait is refused.
    long again = System.nanoTime();
    Api.expectStatus(200, Api.get("/api/v1/runs/" + run + "?wait=60", User.VIEWER));
    assertTrue(Duration.ofNanos(System.nanoTime() - again).toSeconds() < 5);
    assertProblem(400, Api.get("/api/v1/runs/" + run + "?wait=soon", User.VIEWER));
    assertProblem(404, Api.get("/api/v1/runs/" + Long.MAX_VALUE + "?wait=5", User.VIEWER));
  }

  @Test
  void aStoppedRunResumesAndWritesEachLineOnce() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("stop-resume");
    long run = id(startedThenStopped(flow, t));

    HttpResponse<String> resumed = Api.postEmpty("/api/v1/runs/" + run + "/resume", User.ADMIN);
    Api.expectStatus(202, resumed);
    JsonObject done = Api.awaitFinished(run, LONG_RUN);

    assertEquals("SUCCEEDED", done.getString("state"), done::toString);
    assertEquals(Api.counts(LINES, 0, 0, 0, 0), Api.counts(done));
    JsonObject last = Api.lines(run, "size=1&last=true");
    assertEquals(LINES + 1, last.getJsonArray("items").getJsonObject(0).getInt("lineNumber"));
    assertEquals(1, Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size());
  }

  @Test
  void aRunDoesNotResumeWhileAnotherRunOfItsFlowIsInProgress() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("resume-one-run");
    long stopped = id(startedThenStopped(flow, t));
    long other = id(Api.upload(flow, "other.csv", LargeImportIT.employees(LINES, t + "b")));

    JsonObject problem =
        assertProblem(409, Api.postEmpty("/api/v1/runs/" + stopped + "/resume", User.ADMIN));
    assertTrue(problem.getString("detail").contains("#" + other), problem::toString);
    assertEquals("INTERRUPTED", Api.run(stopped).getString("state"));
    List<JsonObject> running = inProgress(flow);
    assertTrue(running.size() <= 1, () -> "two runs of one flow in progress: " + running);

    Api.stop(other);
  }

  @Test
  void threeResumesAtOnceResumeTheRunOnce() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("resume-thrice");
    long run = id(startedThenStopped(flow, t));

    List<Integer> statuses =
        Api.statusesOfConcurrent(
            3, () -> Api.postEmpty("/api/v1/runs/" + run + "/resume", User.ADMIN));

    assertEquals(List.of(202, 409, 409), statuses);
    JsonObject done = Api.awaitFinished(run, LONG_RUN);
    assertEquals("SUCCEEDED", done.getString("state"), done::toString);
    assertEquals(LINES, done.getJsonNumber("total").longValue());
  }

  @Test
  void onlyAnAdminStopsAndOnlyARunInProgress() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("stop-guards");
    long run =
        id(
            Api.importFile(
                flow,
                Api.csv(
                    Api.HEADER, "G1-" + t + ",Gil,Guard," + Api.email("gil", t) + ",2026-01-05")));

    assertProblem(403, Api.postEmpty("/api/v1/runs/" + run + "/stop", User.VIEWER));
    assertProblem(409, Api.postEmpty("/api/v1/runs/" + run + "/stop", User.ADMIN));
    assertProblem(403, Api.postEmpty("/api/v1/runs/" + run + "/resume", User.VIEWER));
    assertProblem(409, Api.postEmpty("/api/v1/runs/" + run + "/resume", User.ADMIN));
    assertEquals("SUCCEEDED", Api.run(run).getString("state"));
  }
}
