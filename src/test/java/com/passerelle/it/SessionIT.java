package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 10: a log-in is the session and nothing else. What a browser held before logging
 * out opens nothing afterwards, API calls leave no cookie behind, HSTS is sent over HTTPS only.
 */
class SessionIT {
  private static final String HTTPS_BASE =
      System.getProperty("passerelle.https.url", "https://localhost:9443").replaceAll("/+$", "");

  /** A client with no cookie jar: sends exactly the Cookie header it is given. */
  private static HttpResponse<String> withCookie(String path, String cookie) {
    return Api.send(
        HttpRequest.newBuilder(Api.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Cookie", cookie)
            .GET()
            .build());
  }

  @Test
  void cookiesCapturedBeforeLogoutOpenNothingAfterIt() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String captured = admin.cookieHeader();
    assertTrue(captured.contains("JSESSIONID="), captured);
    Api.expectStatus(200, withCookie("/flows", captured));
    Api.expectStatus(200, withCookie("/api/v1/flows", captured));

    String csrf = WebSession.csrfOf(admin.get("/flows").body());
    HttpResponse<String> out = admin.postForm("/logout", Map.of("_csrf", csrf));
    assertEquals(302, out.statusCode(), () -> Api.describe(out));

    WebSession.assertRedirectToLogin(withCookie("/flows", captured));
    ApiSecurityIT.assertProblem(401, withCookie("/api/v1/flows", captured));
  }

  @Test
  void noSingleSignOnCookieExists() {
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String cookies = viewer.cookieHeader();
    assertFalse(cookies.contains("PasserelleSSO"), cookies);
    assertFalse(cookies.contains("LtpaToken"), cookies);
  }

  @Test
  void apiCallsWithBasicLeaveNoCookie() {
    for (HttpResponse<String> r :
        List.of(
            Api.get("/api/v1/flows", User.ADMIN),
            Api.postEmpty("/api/v1/flows/999999999/runs", User.ADMIN))) {
      assertEquals(List.of(), r.headers().allValues("Set-Cookie"), () -> Api.describe(r));
    }
  }

  @Test
  void theSessionIdChangesAtLogin() {
    WebSession s = WebSession.loggedIn(User.VIEWER);
    String before = s.cookieHeader();
    HttpResponse<String> again =
        s.postForm("/login", Map.of("j_username", "admin", "j_password", "admin"));
    assertEquals(302, again.statusCode(), () -> Api.describe(again));
    assertNotEquals(before, s.cookieHeader(), "a log-in gets a new session id");
    String page = s.get("/flows").body();
    assertTrue(page.contains("<span class=\"role\">admin</span>"), "now admin");
    WebSession.assertRedirectToLogin(withCookie("/flows", before)); // the old id opens nothing
  }

  @Test
  void hstsOverHttpsOnly() throws Exception {
    HttpClient https =
        HttpClient.newBuilder()
            .sslContext(trustingAnyCertificate()) // the test server's generated certificate
            .sslParameters(new SSLParameters())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> secure =
        https.send(
            HttpRequest.newBuilder(java.net.URI.create(HTTPS_BASE + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, secure.statusCode());
    assertEquals(
        "max-age=31536000",
        secure.headers().firstValue("Strict-Transport-Security").orElse(""),
        "HSTS over HTTPS");

    HttpResponse<String> plain = Api.get("/login", null);
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "not on HTTP");
  }

  /**
   * Over HTTPS Liberty speaks HTTP/2, where a request has no Host header (":authority" instead):
   * the browser's own log-in form must still count as same-origin.
   */
  @Test
  void aBrowserLogsInOverHttp2() throws Exception {
    HttpClient h2 =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .sslContext(trustingAnyCertificate()) // own SSLParameters would drop ALPN (h2)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> r =
        h2.send(
            HttpRequest.newBuilder(java.net.URI.create(HTTPS_BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", HTTPS_BASE)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=viewer&j_password=viewer"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertEquals(HttpClient.Version.HTTP_2, r.version(), "the server should speak HTTP/2 here");
    assertEquals(302, r.statusCode(), () -> r.statusCode() + " " + r.body());
    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/flows"), r::toString);
  }

  private static SSLContext trustingAnyCertificate() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }
}
