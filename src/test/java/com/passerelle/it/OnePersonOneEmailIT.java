package com.passerelle.it;

import static com.passerelle.it.Api.codes;
import static com.passerelle.it.Api.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * One email = one profile, decided the same way by Java and by the database, also when two imports
 * bring the same new people at the same moment.
 */
class OnePersonOneEmailIT {

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  @Test
  void anAccentMakesAnotherEmailAndDecompositionDoesNot() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("accents");
    String jose = "jose." + t + "@it.example.com";
    String joseAccent = "jos\u00e9." + t + "@it.example.com"; // é as one character
    String joseDecomposed = "jose\u0301." + t + "@it.example.com"; // e + combining accent
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                Api.HEADER,
                "J1-" + t + ",Jose,Plain," + jose + ",2026-01-05",
                "J2-" + t + ",José,Accent," + joseAccent + ",2026-01-05",
                "J3-" + t + ",José,Again," + joseDecomposed.toUpperCase() + ",2026-01-05"));

    // A case- and accent-insensitive unique index took jose@ and josé@ for one key: FAILED.
    assertEquals("SUCCEEDED", run.getString("state"), run::toString);
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());
    assertEquals("SUCCESS", line(lines, 2).getString("status"));
    assertEquals("SUCCESS", line(lines, 3).getString("status"), "josé@ is another address");
    assertEquals(
        List.of("DUPLICATE_IN_FILE"),
        codes(line(lines, 4)),
        "the same josé@, however it is written, is one profile");
    assertEquals(joseAccent, line(lines, 4).getString("email"), "stored normalized");
  }

  /** A file of n new people, the same for every flow of a test. */
  private static byte[] people(int n, String t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((Api.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= n; i++) {
      String row = "P" + i + ",F" + i + ",L" + i + ",same" + i + "." + t + "@it.io,2026-01-05\n";
      out.writeBytes(row.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void twoFlowsImportingTheSameNewPeopleAtOnceCreateEachOnce() {
    String t = Api.unique();
    int n = 4000;
    byte[] file = people(n, t);
    long flowA = Api.createStandardFlow("same-people-a");
    long flowB = Api.createStandardFlow("same-people-b");

    ExecutorService two = Executors.newFixedThreadPool(2);
    CompletableFuture<JsonObject> a =
        CompletableFuture.supplyAsync(() -> Api.upload(flowA, "a.csv", file), two);
    CompletableFuture<JsonObject> b =
        CompletableFuture.supplyAsync(() -> Api.upload(flowB, "b.csv", file), two);
    two.shutdown();
    JsonObject runA = Api.awaitFinished(id(a.join()), Duration.ofSeconds(120));
    JsonObject runB = Api.awaitFinished(id(b.join()), Duration.ofSeconds(120));

    assertNotEquals("FAILED", runA.getString("state"), runA::toString);
    assertNotEquals("FAILED", runB.getString("state"), runB::toString);
    assertEquals(0, Api.count(runA, "FAILURE") + Api.count(runB, "FAILURE"));
    assertEquals(n, Api.count(runA, "SUCCESS") + Api.count(runB, "SUCCESS"), "each created once");
    assertEquals(
        n,
        Api.count(runA, "ALREADY_CREATED") + Api.count(runB, "ALREADY_CREATED"),
        "and found by the other import");
  }

  /**
   * The lines of one email, however far apart (several chunks) and however written, are matched in
   * file order: the first creates the profile, every later one is "Already created". Odd spacing,
   * so an import that split the file by line (say, two writers by line parity) would fail here.
   */
  @Test
  void theFirstLineOfAnEmailCreatesTheProfileAcrossChunks() {
    String t = Api.unique();
    int people = 2999;
    int n = 4 * people; // each email four times, 2999 lines apart
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((Api.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < n; i++) {
      String email = "far" + (i % people) + "." + t + "@it.io";
      String written = i < people ? email : " " + email.toUpperCase() + " ";
      String row = "F" + i + ",First" + i + ",Far" + i + "," + written + ",2026-01-05\n";
      out.writeBytes(row.getBytes(StandardCharsets.UTF_8));
    }
    long flow = Api.createStandardFlow("far-duplicates");
    JsonObject run = Api.importFile(flow, out.toByteArray());

    assertEquals("SUCCEEDED", run.getString("state"), run::toString);
    assertEquals(people, Api.count(run, "SUCCESS"), Api.counts(run));
    assertEquals(n - people, Api.count(run, "ALREADY_CREATED"), Api.counts(run));
    for (int p : new int[] {0, 1, 1234, people - 1}) {
      String email = "far" + p + "." + t + "@it.io";
      List<JsonObject> lines = new java.util.ArrayList<>();
      Api.lines(id(run), "q=" + email)
          .getJsonArray("items")
          .forEach(v -> lines.add(v.asJsonObject()));
      assertEquals(4, lines.size(), () -> email + ": " + lines);
      assertEquals(p + 2, lines.get(0).getInt("lineNumber"));
      assertEquals("SUCCESS", lines.get(0).getString("status"), () -> email + ": " + lines);
      for (JsonObject later : lines.subList(1, 4)) {
        assertEquals("ALREADY_CREATED", later.getString("status"), () -> email + ": " + lines);
      }
    }
  }
}
