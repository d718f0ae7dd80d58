package com.passerelle.it;

import static com.passerelle.it.Api.HEADER;
import static com.passerelle.it.Api.csv;
import static com.passerelle.it.Api.email;
import static com.passerelle.it.Api.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run report as a CSV file: same filters as the report, values safe for spreadsheets. */
class ReportExportIT {

  private static long importSample(String t) {
    long flow = Api.createStandardFlow("export");
    JsonObject run =
        importFile(
            flow,
            csv(
                HEADER,
                "X1-" + t + ",Alice,Martin," + email("alice", t) + ",2026-01-05",
                "X2-" + t + ",=HYPERLINK(\"http://evil\"),Leroy," + email("bob", t) + ",2026-01-05",
                "X3-" + t + ",Chloé,\"Dubois, Jr\",not-an-email,2026-01-05"));
    return run.getJsonNumber("id").longValue();
  }

  private static List<String> rows(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), Api.describe(response));
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        Api.describe(response));
    String body = response.body();
    assertTrue(body.startsWith("\uFEFF"), "starts with a UTF-8 BOM");
    return List.of(body.substring(1).split("\r\n"));
  }

  @Test
  void allLinesWithStatusAndExplainedMessages() {
    String t = Api.unique();
    long run = importSample(t);

    HttpResponse<String> response = Api.get("/api/v1/runs/" + run + "/lines.csv", User.VIEWER);
    List<String> rows = rows(response);

    assertEquals("line,status,external_id,first_name,last_name,email,codes,messages", rows.get(0));
    assertEquals(4, rows.size(), rows::toString);
    assertTrue(rows.get(1).startsWith("2,Success,X1-" + t + ",Alice,Martin,"), rows.get(1));
    assertTrue(
        rows.get(3)
            .startsWith("4,Failure,X3-" + t + ",Chloé,\"Dubois, Jr\",not-an-email,INVALID_EMAIL,"),
        rows.get(3));
    assertTrue(rows.get(3).contains("Invalid email"), rows.get(3));
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains("run-" + run),
        Api.describe(response));
  }

  @Test
  void aFormulaInTheSourceIsDefused() {
    String t = Api.unique();
    long run = importSample(t);

    String row = rows(Api.get("/api/v1/runs/" + run + "/lines.csv", User.VIEWER)).get(2);

    assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), row);
    assertFalse(row.contains(",=HYPERLINK"), row);
  }

  @Test
  void theStatusFilterOfTheReportApplies() {
    long run = importSample(Api.unique());

    List<String> rows =
        rows(Api.get("/api/v1/runs/" + run + "/lines.csv?status=FAILURE", User.ADMIN));

    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(1).startsWith("4,Failure,"), rows.get(1));
  }

  @Test
  void theReportPageOffersTheExportOfItsFilter() throws Exception {
    long run = importSample(Api.unique());
    WebSession session = WebSession.loggedIn(User.VIEWER);

    HttpResponse<String> page = session.get("/runs/" + run + "?status=FAILURE");
    assertTrue(
        page.body().contains("/runs/" + run + "/export.csv?status=FAILURE"),
        "export link kept the filter");
    HttpResponse<String> file = session.get("/runs/" + run + "/export.csv?status=FAILURE");
    List<String> rows = rows(file);
    assertEquals(2, rows.size(), rows::toString);
  }
}
