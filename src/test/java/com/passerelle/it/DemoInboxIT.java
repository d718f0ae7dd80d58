package com.passerelle.it;

import static com.passerelle.it.WebSession.expect;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo inbox (demo data is on for the tests): a receiver inside the app, open without login,
 * checking the demo endpoint's key; its calls page (admins) shows what came, authorization masked,
 * and switches it to answering 500.
 */
class DemoInboxIT {
  private static HttpResponse<String> post(String authorization, String event, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(Api.uri("/demo/inbox"))
            .header("Content-Type", "application/json")
            .header("X-Event", event)
            .header("X-Resource-Type", "leave")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return Api.send(b.build());
  }

  @Test
  void recordsCallsChecksTheKeyAndAnswers500OnDemand() {
    String marker = Api.uniqueName("inbox");
    expect(401, post(null, "created", "{\"id\":\"" + marker + "-nokey\"}"));
    expect(401, post("Basic d3Jvbmc6a2V5", "created", "{\"id\":\"" + marker + "-wrong\"}"));
    HttpResponse<String> ok =
        expect(200, post("Basic ZGVtbzpkZW1v", "approved", "{\"id\":\"" + marker + "\"}"));
    assertTrue(ok.body().contains("received"), ok.body());

    WebSession admin = WebSession.loggedIn(Api.User.ADMIN);
    String page = expect(200, admin.get("/demo/inbox/calls")).body();
    assertTrue(page.contains(marker), "the call is listed");
    assertTrue(page.indexOf(marker + "\"") < page.indexOf(marker + "-wrong"), "newest first");
    assertTrue(
        page.contains("data-name=\"authorization\">Basic ****</span>"),
        "authorization masked: " + page);
    assertFalse(page.contains("d3Jvbmc6a2V5"), "a key sent is never shown");
    assertTrue(page.contains("data-answered=\"401\""));

    // The switch: a form of the page, with its CSRF token; without the token nothing changes.
    expect(403, admin.postForm("/demo/inbox/calls", Map.of("answer500", "on")));
    expect(200, post("Basic ZGVtbzpkZW1v", "approved", "{}"));
    String csrf = WebSession.csrfOf(page);
    try {
      expect(302, admin.postForm("/demo/inbox/calls", Map.of("_csrf", csrf, "answer500", "on")));
      expect(500, post("Basic ZGVtbzpkZW1v", "approved", "{\"id\":\"" + marker + "-500\"}"));
      String failing = expect(200, admin.get("/demo/inbox/calls")).body();
      assertTrue(failing.contains("Answers 500"), failing);
    } finally {
      expect(302, admin.postForm("/demo/inbox/calls", Map.of("_csrf", csrf, "answer500", "off")));
    }
    expect(200, post("Basic ZGVtbzpkZW1v", "approved", "{}"));
  }

  @Test
  void onlyPostAndOnlyAdminsSeeTheCalls() {
    expect(405, Api.send(HttpRequest.newBuilder(Api.uri("/demo/inbox")).GET().build()));
    WebSession viewer = WebSession.loggedIn(Api.User.VIEWER);
    expect(403, viewer.get("/demo/inbox/calls"));
    WebSession.assertRedirectToLogin(new WebSession().get("/demo/inbox/calls"));
  }
}
