package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.allLines;
import static com.passerelle.it.Api.codes;
import static com.passerelle.it.Api.count;
import static com.passerelle.it.Api.counts;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.errorCode;
import static com.passerelle.it.Api.firstMessage;
import static com.passerelle.it.Api.importFile;
import static com.passerelle.it.Api.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports through the REST API, end to end: upload, the batch job, the run's counts and errors, and
 * the lines with their catalog messages. Every test creates its own flow and unique emails.
 */
class CsvImportIT {

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static void assertState(String state, JsonObject run) {
    assertEquals(state, run.getString("state"), () -> "run: " + run);
  }

  private static void assertRunError(String code, JsonObject run) {
    assertEquals(code, errorCode(run), () -> "run error: " + run);
  }

  private static List<Integer> lineNumbers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getInt("lineNumber"))
        .toList();
  }

  // ------------------------------------------------------------ a normal file

  @Test
  void goodLinesAndOneBadEmailEndPartiallyFailed() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("good-file");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "G1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "G2-" + t + ",Bob,Leroy," + email("bob", t) + ",2024-03-11",
                "G3-" + t + ",Chloé,Dubois," + email("chloe", t) + ",2026-02-02",
                "G4-" + t + ",David,Nguyen,not-an-email,2026-02-09"));

    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(3, 0, 1, 0, 0), counts(run));
    assertEquals(4, run.getJsonNumber("total").longValue());
    assertNull(errorCode(run), () -> "no run error expected: " + run);
    assertEquals(flow, run.getJsonNumber("flowId").longValue());
    assertEquals("MANUAL", run.getString("trigger"));
    assertEquals("admin", run.getString("startedBy"));

    List<JsonObject> lines = allLines(id(run));
    assertEquals(List.of(2, 3, 4, 5), lines.stream().map(l -> l.getInt("lineNumber")).toList());
    JsonObject chloe = line(lines, 4);
    assertEquals("SUCCESS", chloe.getString("status"));
    assertEquals("Chloé", chloe.getString("firstName"), "UTF-8 letters survive the import");
    assertEquals(email("chloe", t), chloe.getString("email"));
    assertEquals("G3-" + t, chloe.getString("externalId"));

    JsonObject bad = line(lines, 5);
    assertEquals("FAILURE", bad.getString("status"));
    assertEquals("David", bad.getString("firstName"));
    JsonObject message = firstMessage(bad);
    assertEquals("INVALID_EMAIL", message.getString("code"));
    assertEquals("ERROR", message.getString("severity"));
    // texts from catalog/messages.properties, placeholders filled
    assertEquals("Invalid email", message.getString("title"));
    assertEquals(
        "Incorrect email address format (email: \"not-an-email\")", message.getString("cause"));
    assertEquals("Correct the email address in the source system", message.getString("action"));
    assertEquals("not-an-email", message.getJsonObject("params").getString("value"));
    assertEquals("not-an-email", bad.getJsonObject("sourceValues").getString("work_email"));

    // the run is listed under its flow
    assertTrue(
        Api.array(Api.get("/api/v1/runs?flow=" + flow, User.VIEWER)).stream()
            .anyMatch(r -> id(r.asJsonObject()) == id(run)),
        "run listed under its flow");
  }

  @Test
  void linesFilterByStatusAndTextAndPage() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("filters");
    long run =
        id(
            importFile(
                flow,
                csv(
                    HEADER,
                    "F1-" + t + ",Alice,Zephyr" + t + "," + email("alice", t) + ",2026-01-05",
                    "F2-" + t + ",Bob,Leroy," + email("bob", t) + ",2026-01-05",
                    "F3-" + t + ",Carla,Leroy,carla-at-nowhere,2026-01-05",
                    "F4-" + t + ",Dan,Smith," + email("dan", t) + ",2026-13-01",
                    "F5-" + t + ",Eve,Stone," + email("eve", t) + ",2026-01-05")));

    JsonObject failures = Api.lines(run, "status=FAILURE");
    assertEquals(List.of(4, 5), lineNumbers(failures));
    assertEquals(2, failures.getJsonNumber("total").longValue());
    assertEquals(List.of("INVALID_DATE"), codes(failures.getJsonArray("items").getJsonObject(1)));
    assertEquals(List.of(2, 3, 6), lineNumbers(Api.lines(run, "status=SUCCESS")));
    // labels and other spellings are accepted too
    assertEquals(List.of(4, 5), lineNumbers(Api.lines(run, "status=failure")));
    assertEquals(0, Api.lines(run, "status=partial-success").getJsonNumber("total").longValue());

    // text: last name (case-insensitive), email, first + last name, external id
    assertEquals(List.of(2), lineNumbers(Api.lines(run, "q=zephyr" + t)));
    assertEquals(List.of(3, 4), lineNumbers(Api.lines(run, "q=LEROY")));
    assertEquals(List.of(6), lineNumbers(Api.lines(run, "q=" + Api.enc(email("eve", t)))));
    assertEquals(List.of(3), lineNumbers(Api.lines(run, "q=" + Api.enc("Bob Leroy"))));
    assertEquals(List.of(5), lineNumbers(Api.lines(run, "q=F4-" + t)));
    // status and text together
    assertEquals(List.of(4), lineNumbers(Api.lines(run, "status=FAILURE&q=leroy")));
    // LIKE wildcards are taken literally
    assertEquals(0, Api.lines(run, "q=%25").getJsonNumber("total").longValue());
    assertEquals(0, Api.lines(run, "q=_").getJsonNumber("total").longValue());

    // keyset paging: next and previous links keep the filters
    JsonObject first = Api.lines(run, "size=2");
    assertEquals(List.of(2, 3), lineNumbers(first));
    assertEquals(5, first.getJsonNumber("total").longValue());
    assertFalse(first.containsKey("previous"), first::toString);
    JsonObject page2 = Api.follow(first.getString("next"));
    assertEquals(List.of(4, 5), lineNumbers(page2));
    assertEquals(2, page2.getInt("size"));
    JsonObject page3 = Api.follow(page2.getString("next"));
    assertEquals(List.of(6), lineNumbers(page3));
    assertFalse(page3.containsKey("next"), page3::toString);
    assertEquals(List.of(4, 5), lineNumbers(Api.follow(page3.getString("previous"))));
    assertEquals(List.of(5, 6), lineNumbers(Api.lines(run, "size=2&last=true")));
    assertEquals(List.of(), lineNumbers(Api.lines(run, "size=2&after=6")));
    JsonObject filtered = Api.lines(run, "status=SUCCESS&size=2");
    assertTrue(filtered.getString("next").contains("status=SUCCESS"), filtered::toString);
    assertEquals(List.of(6), lineNumbers(Api.follow(filtered.getString("next"))));
    Api.expectStatus(400, Api.get("/api/v1/runs/" + run + "/lines?after=2&before=5", User.VIEWER));
    Api.expectStatus(400, Api.get("/api/v1/runs/" + run + "/lines?after=x", User.VIEWER));
  }

  @Test
  void searchIgnoresCaseAndAccentsAndKeepsEmojiWhole() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("search-keys");
    long run =
        id(
            importFile(
                flow,
                csv(
                    HEADER,
                    "S1-" + t + ",Zoé,Étienne" + t + "," + email("zoe", t) + ",2026-01-05",
                    "S2-" + t + ",a😀b" + t + ",Smile," + email("smile", t) + ",2026-01-05",
                    "S3-" + t + ",Zoe,Etiennette" + t + "," + email("zoe2", t) + ",2026-01-05")));
    assertEquals(List.of(2), lineNumbers(Api.lines(run, "q=" + Api.enc("ETIENNE" + t))));
    assertEquals(List.of(2, 4), lineNumbers(Api.lines(run, "q=" + Api.enc("étienne"))));
    assertEquals(List.of(2), lineNumbers(Api.lines(run, "q=" + Api.enc("zoe etienne" + t))));
    assertEquals(List.of(3), lineNumbers(Api.lines(run, "q=" + Api.enc("a😀"))));
    assertEquals(List.of(3), lineNumbers(Api.lines(run, "q=" + Api.enc("smile a😀b"))));
    JsonObject pages = Api.lines(run, "q=" + Api.enc("etienne") + "&size=1");
    assertEquals(2, pages.getJsonNumber("total").longValue());
    assertEquals(List.of(4), lineNumbers(Api.follow(pages.getString("next"))));
  }

  @Test
  void uploadAnswers202WithTheRunsLocation() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("location");
    var r =
        Api.postCsv(
            "/api/v1/flows/" + flow + "/uploads?filename=" + Api.enc("people.csv"),
            User.ADMIN,
            csv(HEADER, "L1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05"));
    Api.expectStatus(202, r);
    JsonObject accepted = Api.object(r);
    assertTrue(
        List.of("IN_PROGRESS", "SUCCEEDED").contains(accepted.getString("state")),
        accepted::toString);
    assertTrue(accepted.getString("sourceName").endsWith("-people.csv"), accepted::toString);
    String location = r.headers().firstValue("Location").orElse("");
    String resolved = Api.uri(r.uri().getPath()).resolve(location).toString();
    Api.awaitFinished(id(accepted));
    assertEquals(Api.BASE + "/api/v1/runs/" + id(accepted), resolved, "202 Location header");
    Api.expectStatus(200, Api.get(resolved, User.ADMIN));
  }

  // ------------------------------------------------------------ run-level errors

  @Test
  void emptyFileFailsWithFileEmpty() {
    long flow = Api.createStandardFlow("empty");
    JsonObject run = importFile(flow, new byte[0]);
    assertState("FAILED", run);
    assertRunError("FILE_EMPTY", run);
    assertEquals(0, run.getJsonNumber("total").longValue());
    String title = run.getJsonObject("error").getString("title");
    assertTrue(title.startsWith("The file ") && title.endsWith(" is empty"), title);
    assertTrue(title.contains("employees.csv"), () -> "file name in the title: " + title);
  }

  @Test
  void headerOnlySucceedsWithNoDataLines() {
    long flow = Api.createStandardFlow("header-only");
    JsonObject run = importFile(flow, csv(HEADER));
    assertState("SUCCEEDED", run);
    assertEquals(0, run.getJsonNumber("total").longValue());
    assertRunError("NO_DATA_LINES", run);
    assertEquals("INFO", run.getJsonObject("error").getString("severity"));
    assertEquals(0, Api.lines(id(run), "").getJsonNumber("total").longValue());
  }

  @Test
  void semicolonFileForCommaFlowFailsWithWrongDelimiter() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("wrong-delimiter");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER.replace(',', ';'),
                "W1-" + t + ";Alice;Martin;" + email("alice", t) + ";2026-01-05"));
    assertState("FAILED", run);
    assertRunError("WRONG_DELIMITER", run);
    JsonObject error = run.getJsonObject("error");
    assertEquals(";", error.getJsonObject("params").getString("found"));
    assertEquals(",", error.getJsonObject("params").getString("expected"));
    assertTrue(
        error.getString("title").contains("\";\""), () -> "title names the delimiter: " + error);
    assertEquals(0, run.getJsonNumber("total").longValue(), "no line is read");
  }

  @Test
  void missingRequiredColumnFailsWithMissingHeaders() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("missing-headers");
    JsonObject run =
        importFile(
            flow,
            csv(
                "employee_id,first_name,last_name,start_date",
                "M1-" + t + ",Alice,Martin,2026-01-05"));
    assertState("FAILED", run);
    assertRunError("MISSING_HEADERS", run);
    assertEquals("Missing headers: work_email", run.getJsonObject("error").getString("title"));
    assertEquals(0, run.getJsonNumber("total").longValue());
  }

  @Test
  void nonUtf8HeaderFailsWithHeaderEncoding() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("header-encoding");
    byte[] file =
        Api.bytes(
            HEADER + ",d",
            new byte[] {(byte) 0xE9},
            "partement\n",
            "H1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05,Sales\n");
    JsonObject run = importFile(flow, file);
    assertState("FAILED", run);
    assertRunError("HEADER_ENCODING", run);
    assertEquals(0, run.getJsonNumber("total").longValue());
  }

  @Test
  void inactiveFlowFailsWithIntegrationInactive() {
    String t = Api.unique();
    long flow =
        id(Api.createFlow(Api.standardFlow(Api.uniqueName("inactive")).add("active", false)));
    JsonObject run =
        importFile(
            flow, csv(HEADER, "I1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05"));
    assertState("FAILED", run);
    assertRunError("INTEGRATION_INACTIVE", run);
    assertEquals("Integration is not active", run.getJsonObject("error").getString("title"));
    assertEquals(0, run.getJsonNumber("total").longValue());
  }

  @Test
  void runNowWithoutFileFailsWithSourceFileNotFound() {
    long flow = Api.createStandardFlow("no-file");
    var r = Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.ADMIN);
    Api.expectStatus(202, r);
    JsonObject run = Api.awaitFinished(id(Api.object(r)));
    assertState("FAILED", run);
    assertRunError("SOURCE_FILE_NOT_FOUND", run);
  }

  // ------------------------------------------------------------ line-level problems

  @Test
  void nonUtf8ByteInOneLineFailsOnlyThatLine() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("line-encoding");
    byte[] file =
        Api.bytes(
            HEADER + "\n",
            "E1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05\n",
            "E2-" + t + ",L",
            new byte[] {(byte) 0xE9},
            "a,Fontaine," + email("lea", t) + ",2026-01-05\n",
            "E3-" + t + ",Émile,Zola," + email("emile", t) + ",2026-01-05\n");
    JsonObject run = importFile(flow, file);
    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(2, 0, 1, 0, 0), counts(run));

    List<JsonObject> lines = allLines(id(run));
    JsonObject bad = line(lines, 3);
    assertEquals("FAILURE", bad.getString("status"));
    assertEquals(List.of("INVALID_ENCODING"), codes(bad));
    assertEquals("first_name", firstMessage(bad).getJsonObject("params").getString("columns"));
    // the line is still recognisable in the report
    assertEquals("Fontaine", bad.getString("lastName"));
    assertEquals("SUCCESS", line(lines, 2).getString("status"));
    JsonObject emile = line(lines, 4);
    assertEquals("SUCCESS", emile.getString("status"));
    assertEquals("Émile", emile.getString("firstName"));
  }

  @Test
  void quotedFieldWithNewlineIsImportedAndLinesAreCounted() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("multiline");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "N1-" + t + ",Anna,\"Van\nDamme\"," + email("anna", t) + ",2026-01-05",
                "N2-" + t + ",\"Ben, Jr\",Two," + email("ben", t) + ",2026-01-05",
                "N3-" + t + ",Cleo,\"O\"\"Neil\"," + email("cleo", t) + ",2026-01-05"));
    assertState("SUCCEEDED", run);
    assertEquals(counts(3, 0, 0, 0, 0), counts(run));

    List<JsonObject> lines = allLines(id(run));
    assertEquals(List.of(2, 4, 5), lines.stream().map(l -> l.getInt("lineNumber")).toList());
    JsonObject anna = line(lines, 2);
    assertEquals("Van\nDamme", anna.getString("lastName"));
    assertEquals("Van\nDamme", anna.getJsonObject("sourceValues").getString("last_name"));
    assertEquals("Ben, Jr", line(lines, 4).getString("firstName"));
    assertEquals("O\"Neil", line(lines, 5).getString("lastName"));
  }

  @Test
  void unterminatedQuoteAtTheEndIsAFailureLine() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("unterminated");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "U1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "U2-" + t + ",Bob,Leroy," + email("bob", t) + ",2026-01-05",
                "U3-" + t + ",\"Carl,Never," + email("carl", t) + ",2026-01-05"));
    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(2, 0, 1, 0, 0), counts(run));
    List<JsonObject> lines = allLines(id(run));
    assertEquals(3, lines.size(), lines::toString);
    JsonObject bad = line(lines, 4);
    assertEquals("FAILURE", bad.getString("status"));
    assertEquals(List.of("UNTERMINATED_QUOTE"), codes(bad));
    assertEquals("Unterminated quoted field", firstMessage(bad).getString("title"));
    assertEquals("SUCCESS", line(lines, 3).getString("status"));
  }

  @Test
  void windowsExportWithBomCrlfBlankLinesAndHeaderCaseIsRead() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("windows");
    byte[] file =
        Api.bytes(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "Employee_ID, First_Name ,LAST_NAME,Work_Email,start_date\r\n",
            "W1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05\r\n",
            "\r\n",
            "W2-" + t + ",Bob,\"Le\r\nRoy\"," + email("bob", t) + ",2026-01-05\r\n",
            "W3-" + t + ",Carl,Roux," + email("carl", t) + ",2026-01-05");
    JsonObject run = importFile(flow, file);
    assertState("SUCCEEDED", run);
    assertEquals(counts(3, 0, 0, 0, 0), counts(run));
    List<JsonObject> lines = allLines(id(run));
    // line 3 is blank (skipped but counted); Bob's record spans lines 4 and 5
    assertEquals(List.of(2, 4, 6), lines.stream().map(l -> l.getInt("lineNumber")).toList());
    assertEquals("W1-" + t, line(lines, 2).getString("externalId"), "BOM not part of the id");
    assertEquals(
        "2026-01-05", line(lines, 2).getJsonObject("sourceValues").getString("start_date"));
    assertEquals("Le\r\nRoy", line(lines, 4).getString("lastName"));
    assertEquals(email("carl", t), line(lines, 6).getString("email"), "no CR left in values");
  }

  @Test
  void tabDelimiterAndCustomDateFormat() {
    String t = Api.unique();
    long flow =
        id(
            Api.createFlow(
                Api.standardFlow(Api.uniqueName("tab-dates"))
                    .add("delimiter", "tab")
                    .add("dateFormat", "dd/MM/yyyy")));
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER.replace(',', '\t'),
                String.join("\t", "T1-" + t, "Alice", "Martin", email("alice", t), "01/03/2026"),
                String.join("\t", "T2-" + t, "Bob", "Leroy, Jr", email("bob", t), "2026-03-01"),
                String.join("\t", "T3-" + t, "Carl", "Roux", email("carl", t), "29/02/2026")));
    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(1, 0, 2, 0, 0), counts(run));
    List<JsonObject> lines = allLines(id(run));
    assertEquals("SUCCESS", line(lines, 2).getString("status"));
    JsonObject iso = line(lines, 3);
    assertEquals("Leroy, Jr", iso.getString("lastName"), "a comma is data in a tab file");
    assertEquals(List.of("INVALID_DATE"), codes(iso));
    assertEquals(
        "Unusable date format (start_date: \"2026-03-01\", expected dd/MM/yyyy)",
        firstMessage(iso).getString("cause"));
    assertEquals(List.of("INVALID_DATE"), codes(line(lines, 4)), "2026 is not a leap year");
  }

  @Test
  void lineNumbersOutsideTheRunAre404() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("other-run-line");
    byte[] file = csv(HEADER, "A1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05");
    long run = id(importFile(flow, file));
    JsonObject line = Api.object(Api.get("/api/v1/runs/" + run + "/lines/2", User.VIEWER));
    assertEquals("A1-" + t, line.getString("externalId"));
    ApiSecurityIT.assertProblem(404, Api.get("/api/v1/runs/" + run + "/lines/3", User.VIEWER));
    ApiSecurityIT.assertProblem(
        404, Api.get("/api/v1/runs/" + run + "/lines/99999999999", User.VIEWER));
  }

  @Test
  void wrongColumnCountMissingFieldAndBadDateAreLineFailures() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("line-failures");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "C1-" + t + ",Alice,Martin," + email("alice", t),
                "C2-" + t + ",,Leroy," + email("bob", t) + ",2026-01-05",
                "C3-" + t + ",Nora,Blanc," + email("nora", t) + ",2026-02-30",
                "C4-" + t + ",Olivier,Roux," + email("olivier", t) + ",2026-06-01"));
    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(1, 0, 3, 0, 0), counts(run));
    List<JsonObject> lines = allLines(id(run));
    assertEquals(List.of("COLUMN_COUNT"), codes(line(lines, 2)));
    assertEquals(
        "Wrong number of columns (4 instead of 5)",
        firstMessage(line(lines, 2)).getString("title"));
    assertEquals(List.of("MISSING_FIELD"), codes(line(lines, 3)));
    assertEquals("missing first_name", firstMessage(line(lines, 3)).getString("title"));
    assertEquals(List.of("INVALID_DATE"), codes(line(lines, 4)));
  }

  @Test
  void optionalInvalidValueIsPartialSuccessAndFilterIsFiltered() {
    String t = Api.unique();
    long flow =
        id(
            Api.createFlow(
                Api.standardFlow(Api.uniqueName("optional-and-filter"))
                    .add("filterField", "department")
                    .add("filterValues", "Sales, Engineering")));
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER + ",department,manager_email",
                "O1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05,Sales,not-an-email",
                "O2-" + t + ",Bob,Leroy," + email("bob", t) + ",2026-01-05,Contractors,",
                "O3-" + t + ",Carl,Roux," + email("carl", t) + ",2026-01-05,engineering,"));
    assertState("SUCCEEDED", run);
    assertEquals(counts(1, 1, 0, 1, 0), counts(run));
    List<JsonObject> lines = allLines(id(run));
    assertEquals("PARTIAL_SUCCESS", line(lines, 2).getString("status"));
    assertEquals(List.of("OPTIONAL_FIELD_IGNORED"), codes(line(lines, 2)));
    assertEquals("FILTERED", line(lines, 3).getString("status"));
    assertEquals(List.of("FILTERED_OUT"), codes(line(lines, 3)));
    assertEquals(
        "Filtered: department is \"Contractors\"", firstMessage(line(lines, 3)).getString("title"));
    assertEquals("SUCCESS", line(lines, 4).getString("status"));
  }

  // ------------------------------------------------------------ matching

  @Test
  void sameEmailsInASecondRunAreAlreadyCreated() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("second-run");
    byte[] file =
        csv(
            HEADER,
            "S1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
            "S2-" + t + ",Bob,Leroy," + email("bob", t) + ",2026-01-05");
    JsonObject first = importFile(flow, file);
    assertState("SUCCEEDED", first);
    assertEquals(counts(2, 0, 0, 0, 0), counts(first));

    JsonObject second = importFile(flow, file);
    assertState("SUCCEEDED", second);
    assertEquals(counts(0, 0, 0, 0, 2), counts(second));
    List<JsonObject> lines = allLines(id(second));
    for (JsonObject l : lines) {
      assertEquals("ALREADY_CREATED", l.getString("status"), l::toString);
      assertEquals("ALREADY_CREATED", codes(l).get(0), l::toString);
    }
    assertEquals(
        "A profile already exists for "
            + email("alice", t)
            + " (one email = one profile), no action taken",
        firstMessage(line(lines, 2)).getString("cause"));
  }

  @Test
  void emailRepeatedInTheSameFileIsAlreadyCreated() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("dup-in-file");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "D1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "D2-" + t + ",Bob,Leroy," + email("bob", t) + ",2026-01-05",
                "D3-" + t + ",Karim,Haddad," + email("alice", t) + ",2026-04-20",
                "D4-" + t + ",Alice,Martin," + email("ALICE", t).toUpperCase() + ",2026-01-05"));
    assertState("SUCCEEDED", run);
    assertEquals(counts(2, 0, 0, 0, 2), counts(run));
    List<JsonObject> lines = allLines(id(run));
    for (int n : List.of(4, 5)) {
      JsonObject dup = line(lines, n);
      assertEquals("ALREADY_CREATED", dup.getString("status"), dup::toString);
      assertEquals("DUPLICATE_IN_FILE", codes(dup).get(0), dup::toString);
      assertEquals(email("alice", t), dup.getString("email"), "emails are normalized");
    }
  }

  // ------------------------------------------------------------ the demo data

  @Test
  void demoRunMatchesTheSampleFile() {
    JsonObject demo =
        Api.array(Api.get("/api/v1/flows", User.VIEWER)).stream()
            .map(v -> v.asJsonObject())
            .filter(f -> "Demo HR export".equals(f.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no flow named Demo HR export"));
    // the run of the sample file made at the first start (the oldest run of the demo flow)
    JsonObject first =
        Api.array(Api.get("/api/v1/runs?limit=1000&flow=" + id(demo), User.VIEWER)).stream()
            .map(v -> v.asJsonObject())
            .filter(r -> "demo".equals(Api.str(r, "startedBy")))
            .min((a, b) -> Long.compare(id(a), id(b)))
            .orElseThrow(() -> new AssertionError("no demo run"));
    JsonObject run = Api.awaitFinished(id(first));

    // Expected from src/main/resources/demo/employees.csv and the rules (see the report).
    assertState("PARTIALLY_FAILED", run);
    assertEquals(counts(3, 2, 14, 1, 1), counts(run));
    assertEquals(21, run.getJsonNumber("total").longValue());
    assertEquals("SCHEDULE", run.getString("trigger"));

    List<JsonObject> lines = allLines(id(run));
    String[][] expected = {
      {"2", "SUCCESS", "TEMPLATE_RULE_APPLIED"},
      {"3", "PARTIAL_SUCCESS", "TEMPLATE_DEFAULT_USED"},
      {"4", "PARTIAL_SUCCESS", "OPTIONAL_FIELD_IGNORED"},
      {"5", "FAILURE", "MISSING_FIELD"},
      {"6", "FAILURE", "INVALID_EMAIL"},
      {"7", "FAILURE", "INVALID_DATE"},
      {"8", "FILTERED", "FILTERED_OUT"},
      {"9", "SUCCESS", "TEMPLATE_RULE_APPLIED"},
      {"11", "FAILURE", "MISSING_FIELD"},
      {"12", "ALREADY_CREATED", "DUPLICATE_IN_FILE"},
      {"13", "FAILURE", "INVALID_ENCODING"},
      {"14", "FAILURE", "COLUMN_COUNT"},
      {"15", "FAILURE", "INVALID_DATE"},
      {"16", "FAILURE", "VALUE_NOT_IN_LIST"},
      {"17", "FAILURE", "DOMAIN_NOT_VALID"},
      {"18", "FAILURE", "EMAIL_DOMAIN_NOT_MAPPED"},
      {"19", "FAILURE", "START_DATE_TOO_OLD"},
      {"20", "FAILURE", "STAKEHOLDER_NOT_FOUND"},
      {"21", "FAILURE", "STAKEHOLDER_NOT_FOUND"},
      {"22", "FAILURE", "STAKEHOLDER_NOT_ARRIVED"},
      {"23", "SUCCESS", "TEMPLATE_RULE_APPLIED"},
    };
    assertEquals(expected.length, lines.size(), () -> "lines: " + lines);
    for (String[] e : expected) {
      JsonObject l = line(lines, Integer.parseInt(e[0]));
      assertEquals(e[1], l.getString("status"), () -> "line " + e[0] + ": " + l);
      assertEquals(e[2], codes(l).get(0), () -> "line " + e[0] + ": " + l);
    }
    // Every line error of seed 000's guide, each with its cause and action from the catalog.
    Map<String, String> seen = new java.util.HashMap<>();
    for (JsonObject l : lines) {
      for (JsonObject m : l.getJsonArray("messages").getValuesAs(JsonObject.class)) {
        assertFalse(m.getString("cause").isBlank() || m.getString("action").isBlank(), m::toString);
        seen.putIfAbsent(m.getString("title"), m.getString("code"));
      }
    }
    for (String title :
        List.of(
            "missing email",
            "missing first_name",
            "manager not found",
            "hr not found",
            "value not found in the defined list",
            "email_does_not_contain_mapped_values",
            "Invalid email",
            "Domain name is not valid",
            "Invalid date format",
            "Start date is too old",
            "actor manager is not yet arrived")) {
      assertTrue(seen.containsKey(title), () -> title + " is not in the demo report: " + seen);
    }
    assertEquals(
        "Product Manager\n(mobile apps)",
        line(lines, 9).getJsonObject("sourceValues").getString("job_title"));
  }

  @Test
  void countsOfARunMatchItsLines() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("counts");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "K1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "K2-" + t + ",Bob,Leroy,bad,2026-01-05",
                "K3-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05"));
    for (String status : List.of("SUCCESS", "PARTIAL_SUCCESS", "FAILURE", "FILTERED")) {
      assertEquals(
          count(run, status),
          Api.lines(id(run), "status=" + status).getJsonNumber("total").longValue(),
          status);
    }
    assertEquals(
        count(run, "ALREADY_CREATED"),
        Api.lines(id(run), "status=ALREADY_CREATED").getJsonNumber("total").longValue());
    assertEquals(
        run.getJsonNumber("total").longValue(),
        Api.lines(id(run), "").getJsonNumber("total").longValue());
  }
}
