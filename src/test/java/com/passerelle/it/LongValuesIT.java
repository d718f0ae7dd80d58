package com.passerelle.it;

import static com.passerelle.it.Api.codes;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values longer than their column, anywhere in a line: each line says what happened to it, the run
 * goes on, and every report (API, pages, CSV) still reads the stored text.
 */
class LongValuesIT {
  private static final String HEADER = Api.HEADER + ",job_title,notes";

  /** The standard flow, plus an optional job title; "notes" is read but mapped to nothing. */
  private static long flowWithJobTitle() {
    return Api.createFlow(
            Api.standardFlow(Api.uniqueName("long-values"))
                .add("mapping", Api.standardMapping().add("job_title", "job_title")))
        .getJsonNumber("id")
        .longValue();
  }

  private static String row(String id, String last, String mail, String job, String notes) {
    return id + ",Ann," + last + "," + mail + ",2026-01-05," + job + "," + notes;
  }

  @Test
  void aLongValueCostsItsLineAtMostNeverTheRun() {
    String t = Api.unique();
    long flow = flowWithJobTitle();
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                HEADER,
                row("A1-" + t, "Martin", email("a1", t), "J".repeat(201), "ok"),
                row("A2-" + t, "L".repeat(201), email("a2", t), "Dev", "ok"),
                row("A3-" + t, "Zola", email("a3", t), "Dev", "é".repeat(1000)),
                row("A4-" + t, "Roux", email("a4", t), "Dev", "ok")));

    assertEquals("PARTIALLY_FAILED", run.getString("state"), run::toString);
    assertEquals(Api.counts(2, 1, 1, 0, 0), Api.counts(run));
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());

    JsonObject cut = line(lines, 2);
    assertEquals("PARTIAL_SUCCESS", cut.getString("status"));
    assertEquals(List.of("VALUE_CUT"), codes(cut));
    assertEquals("job_title cut to 200 characters", Api.firstMessage(cut).getString("title"));

    JsonObject refused = line(lines, 3);
    assertEquals("FAILURE", refused.getString("status"));
    assertEquals(List.of("VALUE_TOO_LONG"), codes(refused));
    assertEquals("201", Api.firstMessage(refused).getJsonObject("params").getString("length"));

    JsonObject accented = line(lines, 4);
    assertEquals("SUCCESS", accented.getString("status"));
    String notes = accented.getJsonObject("sourceValues").getString("notes");
    assertTrue(notes.startsWith("éééé") && notes.endsWith("…"), notes);
    assertEquals("SUCCESS", line(lines, 5).getString("status"), "the line after it too");
  }

  @Test
  void storedTextCutForItsColumnReadsEverywhere() {
    String t = Api.unique();
    long flow = flowWithJobTitle();
    long run =
        Api.importFile(
                flow,
                Api.csv(
                    HEADER,
                    row("B1-" + t, "Zola", email("b1", t), "Dev", "é".repeat(1000)),
                    row("B2-" + t, "Roux", "not-an-email-" + "é".repeat(900), "Dev", "ok")))
            .getJsonNumber("id")
            .longValue();

    JsonObject page = Api.lines(run, "");
    assertEquals(2, page.getJsonArray("items").size(), page::toString);
    int lineId = page.getJsonArray("items").getJsonObject(0).getInt("lineNumber");
    Api.expectStatus(200, Api.get("/api/v1/runs/" + run + "/lines/" + lineId, User.VIEWER));

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    HttpResponse<String> report = WebSession.expect(200, viewer.get("/runs/" + run));
    assertTrue(report.body().contains("</html>"), "the report page is complete");
    HttpResponse<String> detail = viewer.get("/runs/" + run + "/lines/" + lineId);
    WebSession.expect(200, detail);
    assertTrue(detail.body().contains("éééé"), "the line page shows the value");

    HttpResponse<String> csv = Api.get("/api/v1/runs/" + run + "/lines.csv", User.VIEWER);
    Api.expectStatus(200, csv);
    assertTrue(csv.body().contains("B2-" + t), () -> Api.describe(csv));
    assertTrue(csv.body().contains("INVALID_EMAIL"), () -> Api.describe(csv));
  }

  @Test
  void linesOfTensOfThousandsOfColumnsCostTheirLinesOnly() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("wide-lines");
    String wide = "W1-" + t + ",Wes,Wide," + email("wes", t) + ",2026-01-05" + ",v".repeat(60_000);
    StringBuilder extraHeader = new StringBuilder(Api.HEADER);
    StringBuilder extraValues = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      extraHeader.append(",extra").append(i);
      extraValues.append(",x").append(i);
    }
    long run =
        Api.importFile(
                flow,
                Api.csv(
                    extraHeader.toString(),
                    wide + extraValues,
                    "W2-" + t + ",Ann,Ok," + email("ann", t) + ",2026-01-05" + extraValues,
                    "W3-" + t + ",Bob,Ok," + email("bob", t) + ",2026-01-05" + extraValues))
            .getJsonNumber("id")
            .longValue();

    JsonObject done = Api.run(run);
    assertEquals("PARTIALLY_FAILED", done.getString("state"), done::toString);
    assertEquals(Api.counts(2, 0, 1, 0, 0), Api.counts(done));
    List<JsonObject> lines = Api.allLines(run);
    assertEquals(List.of("COLUMN_COUNT"), codes(line(lines, 2)));
    assertEquals("x0", line(lines, 3).getJsonObject("sourceValues").getString("extra0"));
  }

  /** A refused line's values are personal data: the server log names codes and ids only. */
  @Test
  void aRefusedValueNeverReachesTheServerLog() throws IOException {
    String t = Api.unique();
    String secret = "Secretname" + t;
    long flow = flowWithJobTitle();
    Api.importFile(
        flow,
        Api.csv(
            HEADER,
            row("C1-" + t, secret + "x".repeat(200), email("c1", t), secret + "y".repeat(200), ""),
            row("C2-" + t, "Roux", email("c2", t), "Dev", secret + "é".repeat(2000))));

    Path log = Path.of(System.getProperty("passerelle.server.log"));
    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
    assertFalse(text.contains(secret), () -> "the value of a line is in " + log);
  }
}
