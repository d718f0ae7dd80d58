package com.passerelle.it;

import static com.passerelle.it.WebSession.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages through plain HTTP: login, escaping, CSRF, roles, error pages. */
class PagesIT {

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static void assertHtml(HttpResponse<String> r) {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        () -> "expected an HTML page: " + Api.describe(r));
  }

  private static int runsOf(long flow) {
    return Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size();
  }

  @Test
  void unauthenticatedPageRedirectsToLogin() {
    WebSession anonymous = new WebSession();
    WebSession.assertRedirectToLogin(anonymous.get("/flows"));
    WebSession.assertRedirectToLogin(anonymous.get("/runs/1"));
  }

  @Test
  void loginPageMentionsTheDemoAccounts() {
    HttpResponse<String> r = expect(200, new WebSession().get("/login"));
    assertHtml(r);
    String html = r.body();
    assertTrue(html.contains("name=\"j_username\""), "user name field");
    assertTrue(html.contains("name=\"j_password\""), "password field");
    assertTrue(html.contains("action=\"/login\""), "the form posts to /login");
    assertFalse(html.contains("No user accounts are configured"), "the demo registry has users");
    assertTrue(html.contains("Demo accounts"), "demo accounts box");
    assertTrue(html.contains("<code>admin</code> / <code>admin</code>"), "admin account");
    assertTrue(html.contains("<code>viewer</code> / <code>viewer</code>"), "viewer account");
  }

  @Test
  void wrongPasswordShowsTheLoginPageWithAnError() {
    WebSession s = new WebSession();
    s.get("/flows");
    HttpResponse<String> r =
        s.follow(s.postForm("/login", Map.of("j_username", "admin", "j_password", "nope")));
    assertEquals("/login", r.uri().getPath(), () -> Api.describe(r));
    assertTrue(r.body().contains("Wrong user name or password."), () -> Api.describe(r));
    WebSession.assertRedirectToLogin(s.get("/flows"));
  }

  /**
   * Browsers fetch /favicon.ico for every page, the login page included. That request must not
   * replace the page the user asked for as the target after login.
   */
  @Test
  void faviconRequestOfTheLoginPageDoesNotHijackThePostLoginRedirect() {
    WebSession s = new WebSession();
    HttpResponse<String> asked = s.get("/runs/1?status=FAILURE");
    WebSession.assertRedirectToLogin(asked);
    String loginPage = expect(200, s.open(asked.headers().firstValue("Location").get())).body();
    s.get("/favicon.ico"); // what any browser does while showing the login page
    HttpResponse<String> r =
        s.postForm(
            "/login",
            Map.of("j_username", "admin", "j_password", "admin", "next", nextOf(loginPage)));
    assertEquals(302, r.statusCode(), () -> Api.describe(r));
    java.net.URI location = java.net.URI.create(r.headers().firstValue("Location").orElse(""));
    assertEquals("/runs/1", location.getPath(), "back to the page asked for: " + location);
    assertEquals("status=FAILURE", location.getQuery(), "with its query: " + location);
  }

  @Test
  void theLoginNeverSendsTheBrowserToAnotherSite() {
    WebSession s = new WebSession();
    for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil"}) {
      HttpResponse<String> r =
          s.postForm(
              "/login", Map.of("j_username", "viewer", "j_password", "viewer", "next", next));
      assertEquals(302, r.statusCode(), () -> Api.describe(r));
      assertEquals(
          Api.BASE + "/flows", r.headers().firstValue("Location").orElse(""), () -> "next " + next);
    }
  }

  /** The hidden "next" field of the login form. */
  private static String nextOf(String loginPage) {
    Matcher m = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(loginPage);
    assertTrue(m.find(), () -> "no next field: " + loginPage);
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  void adminSeesTheDemoFlow() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    HttpResponse<String> r = expect(200, admin.get("/flows"));
    assertHtml(r);
    assertTrue(r.body().contains(">Demo HR export</a>"), "demo flow listed");
    assertTrue(r.body().contains("<span class=\"role\">admin</span>"), "role shown");
  }

  @Test
  void scriptInACsvValueIsEscapedInTheReport() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("xss");
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                Api.HEADER,
                "X1-"
                    + t
                    + ",<script>alert(1)</script>,<img src=x onerror=alert(2)>,"
                    + Api.email("xss", t)
                    + ",2026-01-05"));
    assertEquals("SUCCEEDED", run.getString("state"), run::toString);
    int lineId = Api.allLines(id(run)).get(0).getInt("lineNumber");

    WebSession admin = WebSession.loggedIn(User.ADMIN);
    for (String page : new String[] {"/runs/" + id(run), "/runs/" + id(run) + "/lines/" + lineId}) {
      HttpResponse<String> r = expect(200, admin.get(page));
      String html = r.body();
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), () -> page + ": " + html);
      assertFalse(html.contains("<script>alert(1)"), () -> page + " has the raw script: " + html);
      assertFalse(html.contains("<img src=x"), () -> page + " has the raw img: " + html);
      assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), () -> page + ": " + html);
    }
  }

  @Test
  void postWithoutCsrfTokenIs403AndStartsNothing() {
    long flow = Api.createStandardFlow("csrf");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String page = expect(200, admin.get("/flows/" + flow)).body();
    assertTrue(page.contains("id=\"run-now\""), "admin sees Run now");

    expect(403, admin.postForm("/flows/" + flow + "/run", Map.of()));
    expect(403, admin.postForm("/flows/" + flow + "/run", Map.of("_csrf", "forged-token")));
    assertEquals(0, runsOf(flow), "a POST without a valid CSRF token started a run");

    // the API, used from a logged-in browser session without Authorization header, is guarded too
    HttpResponse<String> api =
        admin.send(
            HttpRequest.newBuilder(Api.uri("/api/v1/flows/" + flow + "/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    expect(403, api);
    assertEquals(0, runsOf(flow), "a session POST to the API without CSRF token started a run");
  }

  @Test
  void adminPostWithCsrfTokenStartsARun() {
    long flow = Api.createStandardFlow("csrf-ok");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String csrf = WebSession.csrfOf(expect(200, admin.get("/flows/" + flow)).body());
    HttpResponse<String> r = admin.postForm("/flows/" + flow + "/run", Map.of("_csrf", csrf));
    assertEquals(302, r.statusCode(), () -> Api.describe(r));
    String location = r.headers().firstValue("Location").orElse("");
    Matcher m = Pattern.compile("/runs/(\\d+)$").matcher(location);
    assertTrue(m.find(), () -> "redirect to the run: " + location);
    JsonObject run = Api.awaitFinished(Long.parseLong(m.group(1)));
    assertEquals("SOURCE_FILE_NOT_FOUND", Api.errorCode(run), run::toString);
    HttpResponse<String> report = admin.follow(r);
    assertTrue(report.body().contains("Run #" + m.group(1) + " started."), "flash message");
  }

  @Test
  void adminUploadsAFileThroughTheFlowPage() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("page-upload");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String page = expect(200, admin.get("/flows/" + flow)).body();
    assertTrue(page.contains("id=\"upload-run\""), "admin sees the upload form");
    Matcher action =
        Pattern.compile("<form[^>]*enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(action.find(), "upload form action: " + page);
    // like a browser: the token as the form's first field, then the file
    String boundary = "----passerelle" + t;
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + WebSession.csrfOf(page)
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"from-page.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n"
            + Api.HEADER
            + "\nP1-"
            + t
            + ",Alice,Martin,"
            + Api.email("alice", t)
            + ",2026-01-05\n\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        admin.send(
            HttpRequest.newBuilder(Api.uri(action.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(302, r.statusCode(), () -> Api.describe(r));
    Matcher m =
        Pattern.compile("/runs/(\\d+)$").matcher(r.headers().firstValue("Location").orElse(""));
    assertTrue(m.find(), () -> Api.describe(r));
    JsonObject run = Api.awaitFinished(Long.parseLong(m.group(1)));
    assertEquals("SUCCEEDED", run.getString("state"), run::toString);
    assertEquals(1, run.getJsonNumber("total").longValue());
    assertTrue(run.getString("sourceName").endsWith("-from-page.csv"), run::toString);
  }

  @Test
  void uploadWithoutTheFormsTokenIsRefusedAndStartsNothing() {
    long flow = Api.createStandardFlow("upload-no-token");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    expect(200, admin.get("/flows/" + flow));
    String boundary = "----passerelle" + Api.unique();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\n"
            + Api.HEADER
            + "\n\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        admin.send(
            HttpRequest.newBuilder(Api.uri("/uploads/flows/" + flow))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    expect(403, r);
    assertTrue(r.body().contains("CSRF_TOKEN_INVALID"), () -> Api.describe(r));
    assertEquals(0, runsOf(flow), "an upload without token started a run");
  }

  @Test
  void viewerCannotRunAFlowEvenWithAValidToken() {
    long flow = Api.createStandardFlow("viewer-run");
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    HttpResponse<String> flowPage = expect(200, viewer.get("/flows/" + flow));
    String html = flowPage.body();
    assertFalse(html.contains("Run now"), "viewer must not see the Run now button");
    assertFalse(html.contains("id=\"run-now\""), "viewer must not see the Run now button");
    assertFalse(html.contains("Upload and run"), "viewer must not see the upload form");
    assertTrue(html.contains("report viewer"), "role shown");

    String csrf = WebSession.csrfOf(html); // the log-out form carries the session's token
    HttpResponse<String> r = viewer.postForm("/flows/" + flow + "/run", Map.of("_csrf", csrf));
    expect(403, r);
    assertHtml(r);
    assertTrue(r.body().contains("Only an administrator can do this."), () -> Api.describe(r));
    expect(
        403,
        viewer.postForm("/flows/" + flow + "/active", Map.of("_csrf", csrf, "active", "false")));
    assertEquals(0, runsOf(flow), "a viewer started a run");
    assertTrue(
        Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN)).getBoolean("active"),
        "a viewer deactivated the flow");
  }

  @Test
  void resumeIsRefusedForAFinishedRunAndForViewers() {
    long flow = Api.createStandardFlow("resume-guard");
    JsonObject run = Api.importFile(flow, Api.csv(Api.HEADER));
    long runId = run.getJsonNumber("id").longValue();
    String state = run.getString("state");

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String viewerCsrf = WebSession.csrfOf(viewer.get("/runs/" + runId).body());
    expect(403, viewer.postForm("/runs/" + runId + "/resume", Map.of("_csrf", viewerCsrf)));

    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String page = admin.get("/runs/" + runId).body();
    assertFalse(page.contains("Resume the run"), "a finished run offers no resume");
    HttpResponse<String> r =
        admin.follow(
            admin.postForm("/runs/" + runId + "/resume", Map.of("_csrf", WebSession.csrfOf(page))));
    expect(200, r);
    assertTrue(r.body().contains("cannot be resumed"), () -> Api.describe(r));
    JsonObject after = Api.object(Api.get("/api/v1/runs/" + runId, User.ADMIN));
    assertEquals(state, after.getString("state"), "a refused resume changes nothing");
  }

  /** Where the server keeps files is for admins; report viewers read reports, not paths. */
  @Test
  void serverFoldersAreShownToAdminsOnly() {
    long flow = Api.createStandardFlow("folders");
    JsonObject run =
        Api.awaitFinished(
            id(
                Api.object(
                    Api.expectStatus(
                        202, Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.ADMIN)))));
    String dataDir = System.getProperty("passerelle.it.data.dir");

    String viewerFlow = expect(200, WebSession.loggedIn(User.VIEWER).get("/flows/" + flow)).body();
    String viewerRun = expect(200, WebSession.loggedIn(User.VIEWER).get("/runs/" + id(run))).body();
    String adminFlow = expect(200, WebSession.loggedIn(User.ADMIN).get("/flows/" + flow)).body();

    assertFalse(viewerFlow.contains(dataDir), "drop zone path on the viewer's flow page");
    assertFalse(viewerRun.contains(dataDir), "path in the run error a viewer reads");
    assertFalse(run.toString().contains(dataDir), "path in the run's API error");
    assertTrue(adminFlow.contains(dataDir), "an admin sees where to drop files");
  }

  @Test
  void unknownRunIs404Page() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    HttpResponse<String> r = expect(404, admin.get("/runs/999999999"));
    assertHtml(r);
    assertTrue(r.body().contains("Not found"), () -> Api.describe(r));
    HttpResponse<String> noPage = expect(404, admin.get("/flows/999999999"));
    assertHtml(noPage);
  }

  @Test
  void reportPagerLinksPageByLineNumberAndKeepTheFilter() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("pager");
    java.util.List<String> rows = new java.util.ArrayList<>(java.util.List.of(Api.HEADER));
    for (int i = 0; i < 130; i++) {
      rows.add("G" + i + "-" + t + ",Gus" + i + ",Pager," + Api.email("g" + i, t) + ",2026-01-05");
    }
    JsonObject run = Api.importFile(flow, Api.csv(rows.toArray(String[]::new)));
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String first = expect(200, viewer.get("/runs/" + id(run) + "?status=SUCCESS")).body();
    String next = link(first, "page-next");
    // the filter is kept (an empty q= may ride along: it means no search)
    assertTrue(
        next.startsWith("/runs/" + id(run) + "?status=SUCCESS&") && next.endsWith("&after=51"),
        next);
    assertFalse(first.contains("id=\"page-previous\""), "no previous link on the first page");
    String second = expect(200, viewer.get(next)).body();
    assertTrue(second.contains(">52</a>") && second.contains(">101</a>"), "lines 52 to 101");
    String previous = link(second, "page-previous");
    assertTrue(
        previous.startsWith("/runs/" + id(run) + "?status=SUCCESS&")
            && previous.endsWith("&before=52"),
        previous);
    String last = expect(200, viewer.get(link(second, "page-last"))).body();
    assertTrue(last.contains(">131</a>") && !last.contains("id=\"page-next\""), "the last page");
    String search = expect(200, viewer.get("/runs/" + id(run) + "?q=" + Api.enc("Gus1"))).body();
    assertTrue(search.contains(">3</a>") && search.contains(">131</a>"), "Gus1 and Gus129 found");
    assertFalse(search.contains(">4</a>"), "Gus2 is not a match");
  }

  /** The href of the link with this id, unescaped. */
  private static String link(String html, String linkId) {
    var m =
        java.util.regex.Pattern.compile("id=\"" + linkId + "\" href=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), () -> "no link " + linkId);
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  void bogusStatusFilterIs400Page() {
    long flow = Api.createStandardFlow("bogus-status");
    JsonObject run = Api.importFile(flow, Api.csv(Api.HEADER));
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    expect(200, viewer.get("/runs/" + id(run) + "?status=FAILURE&q=x&after=2"));
    HttpResponse<String> r = expect(400, viewer.get("/runs/" + id(run) + "?status=bogus"));
    assertHtml(r);
    assertTrue(r.body().contains("Unknown line status: bogus"), () -> Api.describe(r));
  }

  @Test
  void reportPageShowsCountsAndFilteredLines() {
    String t = Api.unique();
    long flow = Api.createStandardFlow("report");
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                Api.HEADER,
                "R1-" + t + ",Alice,Martin," + Api.email("alice", t) + ",2026-01-05",
                "R2-" + t + ",David,Nguyen,,2026-02-09"));
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String all = expect(200, viewer.get("/runs/" + id(run))).body();
    assertTrue(all.contains("Partially failed"), "run state label");
    assertTrue(all.contains("Alice Martin") && all.contains("David Nguyen"), all);
    String failures = expect(200, viewer.get("/runs/" + id(run) + "?status=FAILURE")).body();
    assertTrue(failures.contains("David Nguyen"), failures);
    assertTrue(failures.contains("missing email"), failures);
    assertFalse(failures.contains("Alice Martin"), "filtered out of the failure tab");
    String search = expect(200, viewer.get("/runs/" + id(run) + "?q=martin")).body();
    assertTrue(search.contains("Alice Martin") && !search.contains("David Nguyen"), search);
  }

  @Test
  void logoutEndsTheSession() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String csrf = WebSession.csrfOf(expect(200, admin.get("/flows")).body());
    HttpResponse<String> r = admin.follow(admin.postForm("/logout", Map.of("_csrf", csrf)));
    assertTrue(r.body().contains("You are logged out."), () -> Api.describe(r));
    WebSession.assertRedirectToLogin(admin.get("/flows"));
  }

  @Test
  void theDemoHrisAnswersOnlyWithItsKey() {
    // The fake HRIS is served (demo data is on in the tests) and checks its own key, no login.
    java.net.URI uri = Api.uri("/demo/hris/v1/hris/employees?page_size=1");
    HttpResponse<String> anonymous =
        Api.send(java.net.http.HttpRequest.newBuilder(uri).GET().build());
    assertEquals(401, anonymous.statusCode(), () -> Api.describe(anonymous));
    HttpResponse<String> keyed =
        Api.send(
            java.net.http.HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + com.passerelle.demo.FakeHris.DEMO_API_KEY)
                .header("X-Integration-Id", com.passerelle.demo.FakeHris.DEMO_INTEGRATION_ID)
                .GET()
                .build());
    // 503 while its first sync "runs" (the demo's first answer), then pages.
    assertTrue(keyed.statusCode() == 200 || keyed.statusCode() == 503, () -> Api.describe(keyed));
    assertTrue(keyed.body().contains("\"status\""), keyed::body);
  }
}
