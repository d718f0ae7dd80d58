package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 9: a change requested by another site is refused whatever the credentials (a
 * browser may hold a session cookie or cached HTTP Basic credentials), browsers are never asked for
 * Basic credentials, and API writes must be JSON or CSV, which a foreign form cannot send.
 */
class CrossSiteIT {
  private static final String OWN_ORIGIN =
      URI.create(Api.BASE).getScheme() + "://" + URI.create(Api.BASE).getAuthority();

  private static int runsOf(long flow) {
    return Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size();
  }

  private static HttpResponse<String> basicRunNow(long flow, String header, String value) {
    return Api.send(
        Api.request("/api/v1/flows/" + flow + "/runs", User.ADMIN)
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Test
  void basicWritesFromAnotherSiteAreRefused() {
    long flow = Api.createStandardFlow("cross-site-basic");
    for (String[] header :
        new String[][] {
          {"Origin", "https://evil.example"},
          {"Origin", "null"},
          {"Origin", "http://localhost:1"},
          {"Sec-Fetch-Site", "cross-site"},
          {"Sec-Fetch-Site", "same-site"}
        }) {
      HttpResponse<String> r = basicRunNow(flow, header[0], header[1]);
      JsonObject problem = ApiSecurityIT.assertProblem(403, r);
      assertEquals("FOREIGN_ORIGIN", problem.getString("code"), header[0] + ": " + header[1]);
    }
    assertEquals(0, runsOf(flow), "a foreign request started a run");

    Api.expectStatus(202, basicRunNow(flow, "Origin", OWN_ORIGIN));
    assertEquals(1, runsOf(flow), "our own origin may");
  }

  @Test
  void sessionFormsFromAnotherSiteAreRefusedEvenWithTheToken() {
    long flow = Api.createStandardFlow("cross-site-session");
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String csrf = WebSession.csrfOf(admin.get("/flows/" + flow).body());
    String body = "_csrf=" + Api.enc(csrf);
    HttpResponse<String> foreign =
        admin.send(
            HttpRequest.newBuilder(Api.uri("/flows/" + flow + "/run"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    WebSession.expect(403, foreign);
    assertEquals(0, runsOf(flow));

    HttpResponse<String> own =
        admin.send(
            HttpRequest.newBuilder(Api.uri("/flows/" + flow + "/run"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", OWN_ORIGIN)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(302, own.statusCode(), () -> Api.describe(own));
    assertEquals(1, runsOf(flow));
  }

  @Test
  void aLogInFormFromAnotherSiteLogsNobodyIn() {
    WebSession victim = new WebSession();
    HttpResponse<String> r =
        victim.send(
            HttpRequest.newBuilder(Api.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=viewer&j_password=viewer")));
    WebSession.expect(403, r);
    WebSession.assertRedirectToLogin(victim.get("/flows"));
  }

  /**
   * HTTP Basic is the API's: a page reached through "/api/../" is a page, which needs a session and
   * a CSRF token.
   */
  @Test
  void basicCredentialsDoNotOpenPagesThroughApiDots() {
    long flow = Api.createStandardFlow("api-dots");
    byte[] form = "active=false".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    RawHttp.Answer r =
        RawHttp.post(
            "/api/../flows/" + flow + "/active",
            "application/x-www-form-urlencoded",
            form.length,
            form,
            Map.of("Authorization", User.ADMIN.basic()));

    assertFalse(
        (r.header("location") == null ? "" : r.header("location")).endsWith("/flows/" + flow),
        () -> "the page action ran: " + r);
    assertTrue(
        Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN)).getBoolean("active"),
        "the flow was deactivated through /api/../");
  }

  @Test
  void browsersAreNeverAskedForBasicCredentials() {
    for (Map.Entry<String, String> browserHeader :
        Map.of(
                "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Site", "none",
                "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .entrySet()) {
      HttpResponse<String> r =
          Api.send(
              Api.request("/api/v1/flows", null)
                  .header(browserHeader.getKey(), browserHeader.getValue())
                  .GET()
                  .build());
      ApiSecurityIT.assertProblem(401, r);
      assertFalse(
          r.headers().firstValue("WWW-Authenticate").isPresent(),
          () -> "challenge sent to a browser (" + browserHeader + "): " + Api.describe(r));
    }
    HttpResponse<String> client = Api.get("/api/v1/flows", null);
    assertTrue(client.headers().firstValue("WWW-Authenticate").isPresent(), "API clients are");
  }

  @Test
  void apiWritesMustBeJsonOrCsv() {
    long flow = Api.createStandardFlow("write-types");
    for (String[] call :
        new String[][] {
          {"/api/v1/flows/" + flow + "/runs", "text/plain", "x"},
          {"/api/v1/flows/" + flow + "/runs", "application/x-www-form-urlencoded", "a=b"},
          {"/api/v1/flows/" + flow + "/uploads?filename=x.csv", "text/plain", Api.HEADER},
          {"/api/v1/flows/" + flow + "/uploads?filename=x.csv", "application/octet-stream", "x"},
          {"/api/v1/flows", "application/x-www-form-urlencoded", "name=x"},
          {"/api/v1/flows", "multipart/form-data; boundary=b", "--b--"}
        }) {
      HttpResponse<String> r =
          Api.send(
              Api.request(call[0], User.ADMIN)
                  .header("Content-Type", call[1])
                  .POST(HttpRequest.BodyPublishers.ofString(call[2]))
                  .build());
      JsonObject problem = ApiSecurityIT.assertProblem(415, r);
      assertEquals("UNSUPPORTED_MEDIA_TYPE", problem.getString("code"), call[0] + " " + call[1]);
    }
    assertEquals(0, runsOf(flow), "a write with a foreign-form type started a run");
  }
}
