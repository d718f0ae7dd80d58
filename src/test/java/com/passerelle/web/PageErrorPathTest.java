package com.passerelle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.LogCapture;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page servlets' error path (issue 11, point 3b): an export that fails after its download began
 * must never end in the container's raw error page, and pages never show an exception's message.
 */
class PageErrorPathTest {
  private static final int BUFFER = 1024;

  /** Renders pages as a recognizable string instead of through Thymeleaf. */
  static final class FakeRenderer extends PageRenderer {
    @Override
    public void render(
        String template,
        Map<String, Object> model,
        HttpServletRequest request,
        HttpServletResponse response)
        throws IOException {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<view " + template + ">");
    }

    @Override
    public String renderToString(
        String template,
        Map<String, Object> model,
        HttpServletRequest request,
        HttpServletResponse response) {
      return "<"
          + template
          + " status="
          + model.get("status")
          + ">"
          + model.get("title")
          + " | "
          + model.get("detail");
    }
  }

  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.of(ErrorPage.class);
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  private static FakeHttp.Response serve(String path, Route.Handler handler) throws IOException {
    PageRenderer renderer = new FakeRenderer();
    PageDispatcher pages =
        new PageDispatcher(
            List.of(PageController.get(Pattern.quote(path), handler)),
            renderer,
            new ErrorPage(renderer));
    FakeHttp.Response response = new FakeHttp.Response(BUFFER);
    pages.serve(FakeHttp.get(path), response.proxy, false);
    response.finish();
    return response;
  }

  private static Route.Handler download(byte[] bytes, Exception failure) {
    return r ->
        new Result.Download("report.csv", "text/csv", FakeHttp.failingAfter(bytes, failure));
  }

  private LogRecord incidentLogged() {
    return log.records().stream()
        .filter(r -> r.getMessage().contains("incident "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no incident logged: " + log.records()));
  }

  @Test
  void exportFailingBeforeCommitIsResetAndShowsTheErrorPage() throws IOException {
    byte[] firstLines = "external_id,status\nE1,SUCCESS\n".getBytes(StandardCharsets.UTF_8);
    FakeHttp.Response response =
        serve("/runs/1/export.csv", download(firstLines, new IOException("db.internal:3306 gone")));

    assertEquals(500, response.status);
    String body = response.sentText();
    assertTrue(body.startsWith("<error status=500>Something went wrong"), body);
    assertFalse(body.contains("E1,SUCCESS"), "the partial CSV was dropped: " + body);
    assertFalse(body.contains("db.internal"), "no exception message on the page: " + body);
    assertNull(response.header("Content-Disposition"), "not a download any more");
    assertEquals("text/html;charset=UTF-8", response.header("Content-Type"));
    assertEquals("nosniff", response.header("X-Content-Type-Options"), "headers set again");
    LogRecord record = incidentLogged();
    assertEquals(Level.SEVERE, record.getLevel());
    assertNotNull(record.getThrown(), "the exception is in the log");
    String incident = record.getMessage().replaceAll(".*incident ", "");
    assertTrue(body.contains(incident), "the page names the logged incident " + incident);
  }

  @Test
  void exportFailingAfterCommitEndsTheResponseAndLogsAnIncident() throws IOException {
    byte[] pastTheBuffer = "E1,SUCCESS\n".repeat(BUFFER).getBytes(StandardCharsets.UTF_8);
    FakeHttp.Response response =
        serve("/runs/1/export.csv", download(pastTheBuffer, new IllegalStateException("boom")));

    assertEquals(200, response.status, "the status was sent with the first bytes");
    assertTrue(response.closed, "the response was ended");
    String body = response.sentText();
    assertEquals(pastTheBuffer.length, body.length(), "nothing written after the failure");
    assertFalse(body.contains("<error"), "no error page glued to the CSV");
    LogRecord record = incidentLogged();
    assertTrue(record.getMessage().contains("committed"), record.getMessage());
    assertNotNull(record.getThrown());
  }

  @Test
  void libraryMessagesAreNotShownOnPages() throws IOException {
    FakeHttp.Response response =
        serve("/runs/x", r -> Result.redirect("/runs/" + Long.parseLong("99999999999999999999")));

    assertEquals(400, response.status);
    String body = response.sentText();
    assertTrue(body.contains("Invalid value in the request"), body);
    assertFalse(body.contains("For input string"), "no JDK message on the page: " + body);
    assertEquals(Level.INFO, incidentLogged().getLevel());
  }

  @Test
  void ownInvalidRequestMessagesAreShown() throws IOException {
    FakeHttp.Response response =
        serve(
            "/runs/1",
            r -> {
              throw new com.passerelle.common.InvalidRequestException("Unknown line status: bogus");
            });

    assertEquals(400, response.status);
    assertTrue(response.sentText().contains("Unknown line status: bogus"), response.sentText());
  }

  @Test
  void aFailingViewStillGetsTheErrorPageThroughTheWriter() throws IOException {
    FakeHttp.Response response =
        serve(
            "/flows",
            r -> {
              throw new IllegalStateException("Session/EntityManager is closed");
            });

    assertEquals(500, response.status);
    String body = response.sentText();
    assertTrue(body.contains("Something went wrong"), body);
    assertFalse(body.contains("EntityManager"), body);
  }
}
