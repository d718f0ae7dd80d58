package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session for the HTML pages: plain HttpClient with a cookie manager, redirects
 * followed by hand (so tests can look at them), log-in through the form (POST /login).
 */
public final class WebSession {
  private static final Pattern CSRF_INPUT =
      Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(cookies)
          .build();

  /** A new session logged in through the login form. */
  public static WebSession loggedIn(Api.User user) {
    WebSession s = new WebSession();
    s.login(user.name, user.password);
    return s;
  }

  /** Logs in through the form; asserts it ends on a page that is not the login page. */
  public HttpResponse<String> login(String user, String password) {
    // Like a browser: ask for a page, get sent to the login form, post it.
    HttpResponse<String> protectedPage = get("/flows");
    assertRedirectToLogin(protectedPage);
    expect(200, open(protectedPage.headers().firstValue("Location").orElseThrow()));
    HttpResponse<String> posted =
        postForm("/login", Map.of("j_username", user, "j_password", password));
    HttpResponse<String> landed = follow(posted);
    assertEquals(200, landed.statusCode(), () -> "after login: " + Api.describe(landed));
    if (landed.uri().getPath().equals("/login")) {
      fail("login as " + user + " failed: " + Api.describe(landed));
    }
    return landed;
  }

  public static void assertRedirectToLogin(HttpResponse<String> r) {
    int status = r.statusCode();
    String location = r.headers().firstValue("Location").orElse("");
    if (!((status == 302 || status == 303) && URI.create(location).getPath().equals("/login"))) {
      fail(
          "expected a redirect to the login page, got "
              + Api.describe(r)
              + " Location "
              + location);
    }
  }

  /** The session's cookies as a Cookie header, for requests written by hand (RawHttp). */
  public String cookieHeader() {
    StringJoiner header = new StringJoiner("; ");
    cookies
        .getCookieStore()
        .get(Api.uri("/"))
        .forEach(c -> header.add(c.getName() + "=" + c.getValue()));
    return header.toString();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(Api.uri(path)).GET());
  }

  /** GET, following redirects. */
  public HttpResponse<String> open(String path) {
    return follow(get(path));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((k, v) -> body.add(Api.enc(k) + "=" + Api.enc(v)));
    return send(
        HttpRequest.newBuilder(Api.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return Api.send(client, request.timeout(Duration.ofSeconds(30)).build());
  }

  /** Follows up to 5 redirects (GET, as browsers do after a POST). */
  public HttpResponse<String> follow(HttpResponse<String> r) {
    for (int hops = 0; hops < 5; hops++) {
      int s = r.statusCode();
      if (s != 301 && s != 302 && s != 303 && s != 307) {
        return r;
      }
      String location = r.headers().firstValue("Location").orElseThrow();
      r = send(HttpRequest.newBuilder(r.uri().resolve(location)).GET());
    }
    fail("too many redirects: " + Api.describe(r));
    return r;
  }

  /** The CSRF token of a page's forms (hidden input _csrf). */
  public static String csrfOf(String html) {
    Matcher input = CSRF_INPUT.matcher(html);
    if (!input.find()) {
      fail("no hidden _csrf input in the page: " + Api.abbreviate(html));
    }
    Matcher value = VALUE.matcher(input.group());
    if (!value.find() || value.group(1).isEmpty()) {
      fail("_csrf input without a value: " + input.group());
    }
    return value.group(1);
  }

  public static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    return Api.expectStatus(status, r);
  }
}
