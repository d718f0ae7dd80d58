package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.demo.FakeHris;
import com.passerelle.demo.FakeHrisServer;
import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dry runs (issue 7): every line evaluated and reported as a real run would, nothing created or
 * changed, the source left as it was, marked "Dry run" on the pages and in the API.
 */
class DryRunIT {
  private static long journeyFlow() {
    return Api.createFlow(
            Api.standardFlow(Api.uniqueName("dry-journeys")).add("purpose", "JOURNEY_CREATION"))
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject dryUpload(long flowId, byte[] csv) {
    HttpResponse<String> r =
        Api.postCsv(
            "/api/v1/flows/" + flowId + "/uploads?dryRun=true&filename=dry.csv", User.ADMIN, csv);
    Api.expectStatus(202, r);
    assertTrue(Api.object(r).getBoolean("dryRun"), r::body);
    return Api.awaitFinished(Api.object(r).getJsonNumber("id").longValue());
  }

  /** Each line as "number status first-code", for comparing a dry run with a real one. */
  private static List<String> outcome(long runId) {
    return Api.allLines(runId).stream()
        .map(
            l ->
                l.getInt("lineNumber")
                    + " "
                    + l.getString("status")
                    + " "
                    + (Api.codes(l).isEmpty() ? "-" : Api.codes(l).get(0)))
        .toList();
  }

  @Test
  void aDryRunReportsWhatARealRunWouldDoAndCreatesNothing() {
    String token = Api.unique();
    long flowId = journeyFlow();
    String known = Api.email("known", token);
    Api.importFile(flowId, Api.csv(Api.HEADER, "K1,Known,Person," + known + ",2026-01-05"));
    String fresh = Api.email("fresh", token);
    byte[] csv =
        Api.csv(
            Api.HEADER,
            "D1,Fresh,Hire," + fresh + ",2026-02-01",
            "D2,Fresh,Again," + fresh + ",2026-02-01",
            "D3,No,Email,not-an-email,2026-02-01",
            "D4,Known,Person," + known + ",2026-01-05");

    JsonObject dry = dryUpload(flowId, csv);
    long dryId = dry.getJsonNumber("id").longValue();
    assertTrue(dry.getBoolean("dryRun"), dry::toString);
    assertEquals(Api.counts(1, 0, 1, 0, 2), Api.counts(dry), dry::toString);
    List<String> predicted = outcome(dryId);
    assertEquals(
        List.of(
            "2 SUCCESS -",
            "3 ALREADY_CREATED DUPLICATE_IN_FILE",
            "4 FAILURE INVALID_EMAIL",
            "5 ALREADY_CREATED JOURNEY_EXISTS"),
        predicted);
    assertEquals(404, Api.get("/api/v1/journeys?email=" + Api.enc(fresh), User.ADMIN).statusCode());
    // Not a production failure: the monitoring's failure log has nothing of a dry run.
    assertEquals(0, Api.array(Api.get("/api/v1/failures?run=" + dryId, User.ADMIN)).size());

    // A second dry run still finds nobody created; a real run then does what was predicted.
    assertEquals(predicted, outcome(dryUpload(flowId, csv).getJsonNumber("id").longValue()));
    JsonObject real = Api.importFile(flowId, csv);
    assertFalse(real.getBoolean("dryRun"), real::toString);
    assertEquals(predicted, outcome(real.getJsonNumber("id").longValue()));
    Api.expectStatus(200, Api.get("/api/v1/journeys?email=" + Api.enc(fresh), User.ADMIN));
    assertEquals(
        1, Api.array(Api.get("/api/v1/failures?run=" + real.get("id"), User.ADMIN)).size());
  }

  @Test
  void aDirectoryDryRunMatchesPeopleOfEarlierChunksLikeARealRun() {
    // 5,001 lines: the last one repeats the first email in the next chunk of 5,000; a real run
    // has created that person by then ("Already created"), and the dry run must say so too.
    String token = Api.unique();
    long flowId = Api.createStandardFlow("dry-chunks");
    StringBuilder csv = new StringBuilder(Api.HEADER).append('\n');
    for (int i = 0; i < 5000; i++) {
      csv.append("C")
          .append(i)
          .append(",First,Last,")
          .append(Api.email("c" + i, token))
          .append(",2026-01-01\n");
    }
    csv.append("CX,First,Again,").append(Api.email("c0", token)).append(",2026-01-01\n");
    byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonObject dry = dryUpload(flowId, bytes);
    assertEquals(Api.counts(5000, 0, 0, 0, 1), Api.counts(dry), dry::toString);
    JsonObject real = Api.importFile(flowId, bytes);
    assertEquals(Api.counts(dry), Api.counts(real));
  }

  @Test
  void aDryRunOfTheDropZoneLeavesTheFileWaitingForTheRealRun() throws IOException {
    String token = Api.unique();
    long flowId = Api.createStandardFlow("dry-dropzone");
    Path folder = Api.dropZone(flowId);
    Files.createDirectories(folder);
    Path file =
        Files.write(
            folder.resolve("team.csv"),
            Api.csv(Api.HEADER, "Z1,Drop,Zone," + Api.email("zone", token) + ",2026-01-01"));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));

    JsonObject started =
        Api.object(
            Api.expectStatus(
                202, Api.postEmpty("/api/v1/flows/" + flowId + "/runs?dryRun=true", User.ADMIN)));
    JsonObject dry = Api.awaitFinished(started.getJsonNumber("id").longValue());
    assertTrue(dry.getBoolean("dryRun"));
    assertEquals(Api.counts(1, 0, 0, 0, 0), Api.counts(dry), dry::toString);
    assertTrue(Files.isRegularFile(file), "the dry run took the waiting file");

    JsonObject real = Api.runNowAndWait(flowId);
    assertEquals(Api.counts(1, 0, 0, 0, 0), Api.counts(real), real::toString);
    assertFalse(Files.exists(file), "the real run did not take the file");
  }

  @Test
  void aDryRunOfAnHrisFlowLeavesUpdatedAfterAlone() {
    String key = "key-" + Api.unique();
    String integration = "personio:" + Api.unique();
    try (FakeHrisServer server = new FakeHrisServer(new FakeHris(30, key, integration))) {
      long flowId =
          Api.createFlow(
                  Api.hrisFlow(
                      Api.uniqueName("dry-hris"),
                      Api.hrisConnection(server.baseUrl(), integration, key)))
              .getJsonNumber("id")
              .longValue();
      JsonObject started =
          Api.object(
              Api.expectStatus(
                  202, Api.postEmpty("/api/v1/flows/" + flowId + "/runs?dryRun=true", User.ADMIN)));
      JsonObject dry = Api.awaitFinished(started.getJsonNumber("id").longValue());
      assertEquals("SUCCEEDED", dry.getString("state"), dry::toString);
      assertTrue(dry.getBoolean("dryRun"));
      JsonObject hris =
          Api.object(Api.get("/api/v1/flows/" + flowId, User.ADMIN)).getJsonObject("hris");
      assertEquals(
          JsonValue.NULL, hris.getOrDefault("updatedAfter", JsonValue.NULL), hris::toString);

      JsonObject real = Api.runNowAndWait(flowId);
      assertEquals(Api.counts(dry), Api.counts(real)); // the same full read, the same outcome
      hris = Api.object(Api.get("/api/v1/flows/" + flowId, User.ADMIN)).getJsonObject("hris");
      assertTrue(hris.containsKey("updatedAfter") && hris.get("updatedAfter") != JsonValue.NULL);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void viewersCannotStartADryRunAndPagesSayDryRun() {
    long flowId = Api.createStandardFlow("dry-pages");
    assertEquals(
        403,
        Api.postEmpty("/api/v1/flows/" + flowId + "/runs?dryRun=true", User.VIEWER).statusCode());
    assertEquals(
        403,
        Api.postCsv(
                "/api/v1/flows/" + flowId + "/uploads?dryRun=true",
                User.VIEWER,
                Api.csv(Api.HEADER, "V1,A,B," + Api.email("v", Api.unique()) + ",2026-01-01"))
            .statusCode());
    assertEquals(
        400,
        Api.postEmpty("/api/v1/flows/" + flowId + "/runs?dryRun=maybe", User.ADMIN).statusCode());
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String csrf = WebSession.csrfOf(viewer.get("/flows/" + flowId).body()); // the log-out form's
    assertEquals(
        403, viewer.postForm("/flows/" + flowId + "/dry-run", Map.of("_csrf", csrf)).statusCode());
    assertEquals(0, Api.array(Api.get("/api/v1/runs?flow=" + flowId, User.ADMIN)).size());

    JsonObject dry =
        dryUpload(
            flowId, Api.csv(Api.HEADER, "P1,Page,View," + Api.email("p", Api.unique()) + ",x"));
    long id = dry.getJsonNumber("id").longValue();
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    assertTrue(admin.get("/runs/" + id).body().contains("id=\"dry-run\""), "run page");
    assertTrue(admin.get("/runs/" + id + "/lines/2").body().contains("Dry run"), "line page");
    String history = admin.get("/flows/" + flowId).body();
    assertTrue(history.contains("badge dry-run"), "flow history");
    assertTrue(history.contains("id=\"dry-run\""), "flow page's Dry run button");
    HttpResponse<String> export = Api.get("/api/v1/runs/" + id + "/lines.csv", User.VIEWER);
    assertTrue(
        export.headers().firstValue("Content-Disposition").orElse("").contains("dry-run-" + id),
        () -> export.headers().toString());
  }
}
