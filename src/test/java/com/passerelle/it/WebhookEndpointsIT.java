package com.passerelle.it;

import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customer webhook endpoints through the API and the pages: keys write-only, checks, roles. */
class WebhookEndpointsIT {
  private static final String KEY = "c2VjcmV0LWtleS1" + Api.unique();

  private static JsonObjectBuilder endpoint(String name, String url) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("url", url)
        .add("authKey", KEY)
        .add("eventsMode", "APPROVED_ONLY")
        .add("active", false); // no absence of another test writes messages for it
  }

  private static HttpResponse<String> put(long id, User user, JsonObjectBuilder body) {
    return Api.send(
        Api.request("/api/v1/webhooks/" + id, user)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .build());
  }

  private static JsonObject create(JsonObjectBuilder body) {
    return Api.object(
        expectStatus(201, Api.postJson("/api/v1/webhooks", User.ADMIN, body.build().toString())));
  }

  @Test
  void anEndpointKeepsItsKeySealedAndNeverShowsIt() {
    String name = Api.uniqueName("payroll");
    JsonObject created = create(endpoint(name, "https://hr.example.com/hooks/leaves?t=1"));
    long id = created.getJsonNumber("id").longValue();
    assertTrue(created.getBoolean("authKeySet"));
    assertFalse(created.getBoolean("signingSecretSet"));
    assertEquals("APPROVED_ONLY", created.getString("eventsMode"));
    assertFalse(created.getBoolean("active"));

    String admin = Api.get("/api/v1/webhooks/" + id, User.ADMIN).body();
    String list = Api.get("/api/v1/webhooks", User.ADMIN).body();
    assertFalse(admin.contains(KEY) || list.contains(KEY), "the key is shown back");
    assertTrue(list.contains(name));

    // Same server, no key given: the stored one is kept.
    JsonObject edited =
        Api.object(
            expectStatus(
                200,
                put(
                    id,
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("url", "https://hr.example.com/other")
                        .add("eventsMode", "ALL")
                        .add("active", false)
                        .add("signingSecret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                        .add("version", created.getJsonNumber("version").longValue()))));
    assertTrue(edited.getBoolean("authKeySet"));
    assertTrue(edited.getBoolean("signingSecretSet"));
    assertEquals("ALL", edited.getString("eventsMode"));

    // A stale version is a 409.
    assertProblem(
        409, put(id, User.ADMIN, endpoint(name, "https://hr.example.com/x").add("version", 0)));
  }

  @Test
  void aKeyIsOnlySentToTheServerItWasGivenFor() {
    String name = Api.uniqueName("moved");
    long id = create(endpoint(name, "https://a.example.com/h")).getJsonNumber("id").longValue();
    JsonObject fields =
        assertProblem(
                400,
                put(
                    id,
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("active", false)
                        .add("url", "https://b.example.com/h")))
            .getJsonObject("fields");
    assertTrue(
        fields.getString("authKey").contains("give its authorization key again"), fields::toString);
    expectStatus(200, put(id, User.ADMIN, endpoint(name, "https://b.example.com/h")));
  }

  @Test
  void badDefinitionsSayEachProblemByField() {
    JsonObject fields =
        assertProblem(
                400,
                Api.postJson(
                    "/api/v1/webhooks",
                    User.ADMIN,
                    Json.createObjectBuilder()
                        .add("name", "x".repeat(121))
                        .add("url", "ftp://files.example.com/")
                        .add("eventsMode", "SOMETIMES")
                        .add("signingSecret", "not-whsec")
                        .build()
                        .toString()))
            .getJsonObject("fields");
    assertTrue(fields.getString("name").contains("120"), fields::toString);
    assertTrue(fields.getString("url").contains("https://"), fields::toString);
    assertTrue(fields.getString("eventsMode").contains("APPROVED_ONLY"), fields::toString);
    assertTrue(fields.getString("authKey").contains("required"), fields::toString);
    assertTrue(fields.getString("signingSecret").contains("whsec_"), fields::toString);

    for (String url :
        new String[] {
          "https://user:pw@hr.example.com/",
          "https:///nohost",
          "https://hr.example.com/a b",
          "https://hr.example.com/" + "a".repeat(2000),
          "javascript:alert(1)"
        }) {
      JsonObject f =
          assertProblem(
                  400,
                  Api.postJson(
                      "/api/v1/webhooks",
                      User.ADMIN,
                      endpoint(Api.uniqueName("bad"), url).build().toString()))
              .getJsonObject("fields");
      assertTrue(f.containsKey("url"), url + " accepted: " + f);
    }
    JsonObject f =
        assertProblem(
                400,
                Api.postJson(
                    "/api/v1/webhooks",
                    User.ADMIN,
                    endpoint(Api.uniqueName("crlf"), "https://hr.example.com/")
                        .add("authKey", "abc\r\nX-Injected: 1")
                        .build()
                        .toString()))
            .getJsonObject("fields");
    assertTrue(f.getString("authKey").contains("header"), f::toString);
  }

  @Test
  void aTakenNameIsAConflictAndUnknownIdsAre404() {
    String name = Api.uniqueName("taken");
    create(endpoint(name, "https://hr.example.com/"));
    assertProblem(
        409,
        Api.postJson(
            "/api/v1/webhooks",
            User.ADMIN,
            endpoint(name, "https://other.example.com/").build().toString()));
    assertProblem(404, Api.get("/api/v1/webhooks/987654321", User.ADMIN));
    assertProblem(404, put(987654321, User.ADMIN, endpoint(name, "https://hr.example.com/")));
  }

  @Test
  void viewersReadEndpointsWithoutSecretsOrPathsAndCannotChangeThem() {
    String name = Api.uniqueName("viewer");
    long id =
        create(endpoint(name, "https://hr.example.com:8443/hooks/leaves?token=abc"))
            .getJsonNumber("id")
            .longValue();
    JsonObject seen = Api.object(expectStatus(200, Api.get("/api/v1/webhooks/" + id, User.VIEWER)));
    assertEquals("https://hr.example.com:8443", seen.getString("url"));
    assertFalse(seen.containsKey("authKeySet") && !seen.isNull("authKeySet"), seen::toString);
    assertProblem(
        403,
        Api.postJson(
            "/api/v1/webhooks",
            User.VIEWER,
            endpoint(Api.uniqueName("no"), "https://hr.example.com/").build().toString()));
    assertProblem(403, put(id, User.VIEWER, endpoint(name, "https://hr.example.com/")));
    assertEquals(401, Api.send(Api.request("/api/v1/webhooks", null).GET().build()).statusCode());

    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    String page = WebSession.expect(200, viewer.get("/webhooks/endpoints")).body();
    assertTrue(page.contains(name));
    assertTrue(page.contains("https://hr.example.com:8443"));
    assertFalse(page.contains("token=abc"), "a viewer sees the URL's path");
    assertFalse(page.contains("/edit"), "a viewer gets edit links");
    WebSession.expect(403, viewer.get("/webhooks/endpoints/" + id + "/edit"));
  }

  @Test
  void anAdminCreatesAndEditsAnEndpointFromThePages() {
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String form = WebSession.expect(200, admin.get("/webhooks/endpoints/new")).body();
    String name = Api.uniqueName("page");
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", WebSession.csrfOf(form));
    fields.put("name", name);
    fields.put("url", "not a url");
    fields.put("authKey", "Basic " + KEY);
    fields.put("eventsMode", "ALL");
    String invalid =
        WebSession.expect(200, admin.postForm("/webhooks/endpoints/new", fields)).body();
    assertTrue(invalid.contains("One problem: nothing was saved."), invalid);
    assertFalse(invalid.contains(KEY), "the key is shown back in the form");

    fields.put("url", "https://hr.example.com/page");
    HttpResponse<String> saved = admin.postForm("/webhooks/endpoints/new", fields);
    assertEquals(302, saved.statusCode(), () -> Api.describe(saved));
    String list = WebSession.expect(200, admin.get("/webhooks/endpoints")).body();
    assertTrue(list.contains(name) && list.contains("authorization key stored"), list);
    assertFalse(list.contains(KEY));
  }
}
