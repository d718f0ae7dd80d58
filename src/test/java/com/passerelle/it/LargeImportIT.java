package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A 20,000-line upload: streaming and chunked writing end to end. */
class LargeImportIT {
  private static final int LINES = 20_000;

  /** A valid employee file of n lines, emails made unique by the token. */
  static byte[] employees(int n, String token) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 64);
    out.writeBytes((Api.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= n; i++) {
      String line =
          String.format(
              Locale.ROOT,
              "B%d,F%d,L%d,p%d.%s@it.io,2026-%02d-%02d\n",
              i,
              i,
              i,
              i,
              token,
              i % 12 + 1,
              i % 28 + 1);
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void twentyThousandLinesAreImported() {
    String t = Api.unique();
    byte[] file = employees(LINES, t);
    assertTrue(file.length > 900_000, "about 1 MB: " + file.length);

    long flow = Api.createStandardFlow("large");
    long start = System.nanoTime();
    JsonObject started = Api.upload(flow, "large.csv", file);
    long runId = started.getJsonNumber("id").longValue();

    // A flow runs once at a time: a second trigger while this run reads its 20,000 lines is
    // refused with 409 naming the run in progress (the run takes seconds, this call milliseconds).
    HttpResponse<String> second = Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.ADMIN);
    JsonObject conflict = ApiSecurityIT.assertProblem(409, second);
    assertTrue(
        conflict.getString("detail").contains("#" + runId), () -> "names the run: " + conflict);
    JsonObject run = Api.awaitFinished(runId, Duration.ofSeconds(120));
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "LargeImportIT: %d lines (%d bytes) imported in %.2f s (upload + run): %.0f lines/s%n",
        LINES,
        file.length,
        seconds,
        LINES / seconds);

    assertEquals("SUCCEEDED", run.getString("state"), run::toString);
    assertEquals(LINES, run.getJsonNumber("total").longValue());
    assertEquals(Api.counts(LINES, 0, 0, 0, 0), Api.counts(run));
    assertEquals(1, Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size());

    JsonObject last = Api.lines(runId, "size=1&last=true");
    assertEquals(LINES, last.getJsonNumber("total").longValue());
    assertFalse(last.containsKey("next"), last::toString);
    JsonObject lastLine = last.getJsonArray("items").getJsonObject(0);
    assertEquals(LINES + 1, lastLine.getInt("lineNumber"));
    assertEquals("B" + LINES, lastLine.getString("externalId"));
    assertEquals("p" + LINES + "." + t + "@it.io", lastLine.getString("email"));

    // a page in the middle, in the order of the file
    JsonObject middle = Api.lines(runId, "size=500&after=10001");
    assertEquals(500, middle.getJsonArray("items").size());
    assertEquals(10_002, middle.getJsonArray("items").getJsonObject(0).getInt("lineNumber"));
    assertEquals(10_501, middle.getJsonArray("items").getJsonObject(499).getInt("lineNumber"));

    // a search matching more lines than it reads asks for more text; a precise one is exact
    JsonObject broad = Api.lines(runId, "q=b");
    assertTrue(broad.getBoolean("totalCapped"), broad::toString);
    assertEquals(0, broad.getJsonArray("items").size());
    ApiSecurityIT.assertProblem(
        400, Api.get("/api/v1/runs/" + runId + "/lines.csv?q=b", User.VIEWER));
    JsonObject precise = Api.lines(runId, "q=B19999");
    assertEquals(1, precise.getJsonNumber("total").longValue(), precise::toString);
    assertEquals("B19999", precise.getJsonArray("items").getJsonObject(0).getString("externalId"));
  }

  /**
   * An upload refused with 409 (a run of the flow is in progress) must have no effect: its file
   * must not stay in the drop zone, where the next "run now" (or schedule) would import it. Nor is
   * the accepted file imported a second time.
   */
  @Test
  void uploadRefusedWith409LeavesNoFileForTheNextRun() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("refused-upload");
    long first =
        Api.upload(flow, "accepted.csv", employees(5_000, t)).getJsonNumber("id").longValue();

    HttpResponse<String> refused =
        Api.postCsv(
            "/api/v1/flows/" + flow + "/uploads?filename=refused.csv",
            User.ADMIN,
            Api.csv(
                Api.HEADER, "R1-" + t + ",Rita,Refused," + Api.email("rita", t) + ",2026-01-05"));
    ApiSecurityIT.assertProblem(409, refused);
    assertEquals("SUCCEEDED", Api.awaitFinished(first).getString("state"));

    HttpResponse<String> r = Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.ADMIN);
    Api.expectStatus(202, r);
    JsonObject again = Api.awaitFinished(Api.object(r).getJsonNumber("id").longValue());
    assertEquals("SOURCE_FILE_NOT_FOUND", Api.errorCode(again), again::toString);
    assertEquals(0, again.getJsonNumber("total").longValue(), again::toString);
  }
}
