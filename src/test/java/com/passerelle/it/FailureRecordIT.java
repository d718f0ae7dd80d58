package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every failure is recorded with its integration type and one normalized code, so the monitoring
 * dashboard can count them without parsing text.
 */
class FailureRecordIT {

  private static List<JsonObject> failuresOf(long runId) {
    return Api.array(Api.get("/api/v1/failures?run=" + runId, User.VIEWER)).stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private static long summaryCount(String type, String code) {
    return Api.array(Api.get("/api/v1/failures/summary?days=1", User.VIEWER)).stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("integrationType").equals(type))
        .filter(c -> c.getString("errorCode").equals(code))
        .mapToLong(c -> c.getJsonNumber("count").longValue())
        .sum();
  }

  @Test
  void aRunsFailuresArePagedByIdAfterTheLastOneSeen() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("failures-pages");
    List<String> rows = new java.util.ArrayList<>(List.of(HEADER));
    for (int i = 0; i < 5; i++) {
      rows.add("P" + i + "-" + t + ",Bad" + i + ",Email,not-an-email-" + i + ",2026-01-05");
    }
    long runId = importFile(flow, csv(rows.toArray(String[]::new))).getJsonNumber("id").longValue();

    List<Integer> seen = new java.util.ArrayList<>();
    long after = 0;
    for (int page = 0; page < 3; page++) {
      List<JsonObject> items =
          Api.array(
                  Api.get("/api/v1/failures?run=" + runId + "&limit=2&after=" + after, User.VIEWER))
              .stream()
              .map(v -> v.asJsonObject())
              .toList();
      assertEquals(page < 2 ? 2 : 1, items.size(), items::toString);
      items.forEach(f -> seen.add(f.getInt("lineNumber")));
      after = items.get(items.size() - 1).getJsonNumber("id").longValue();
    }
    assertEquals(List.of(2, 3, 4, 5, 6), seen);
  }

  @Test
  void eachFailedLineIsRecordedWithTypeCodeAndLine() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("failures-lines");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "F1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "F2-" + t + ",Bob,Leroy,not-an-email,2026-01-05",
                "F3-" + t + ",,Dubois," + email("chloe", t) + ",2026-01-05"));
    long runId = run.getJsonNumber("id").longValue();

    List<JsonObject> failures = failuresOf(runId);

    assertEquals(2, failures.size(), failures::toString);
    assertEquals(
        List.of("INVALID_EMAIL", "MISSING_FIELD"),
        failures.stream().map(f -> f.getString("errorCode")).toList());
    assertEquals(List.of(3, 4), failures.stream().map(f -> f.getInt("lineNumber")).toList());
    for (JsonObject f : failures) {
      assertEquals("INBOUND_FILE", f.getString("integrationType"));
      assertEquals("LINE", f.getString("scope"));
      assertEquals(flow, f.getJsonNumber("flowId").longValue());
    }
  }

  @Test
  void aRunErrorIsRecordedOnceAndCountedInTheSummary() {
    long flow = Api.createStandardFlow("failures-run");
    long before = summaryCount("INBOUND_FILE", "FILE_EMPTY");

    JsonObject run = importFile(flow, new byte[0]);

    List<JsonObject> failures = failuresOf(run.getJsonNumber("id").longValue());
    assertEquals(1, failures.size(), failures::toString);
    assertEquals("RUN", failures.get(0).getString("scope"));
    assertEquals("FILE_EMPTY", failures.get(0).getString("errorCode"));
    assertEquals(before + 1, summaryCount("INBOUND_FILE", "FILE_EMPTY"));
  }

  @Test
  void summaryCarriesTheCatalogTitle() {
    importFile(Api.createStandardFlow("failures-title"), new byte[0]);

    JsonObject entry =
        Api.array(Api.get("/api/v1/failures/summary", User.ADMIN)).stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("errorCode").equals("FILE_EMPTY"))
            .findFirst()
            .orElseThrow();
    assertTrue(entry.getString("title").startsWith("The file"), entry::toString);
  }

  @Test
  void aMissingRunOrABadPeriodIsA400Problem() {
    var noRun = Api.get("/api/v1/failures", User.VIEWER);
    assertEquals(400, noRun.statusCode(), Api.describe(noRun));
    assertTrue(noRun.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    var badDays = Api.get("/api/v1/failures/summary?days=0", User.VIEWER);
    assertEquals(400, badDays.statusCode(), Api.describe(badDays));
  }
}
