package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, point 11: error answers say catalog texts (with an incident id where something was
 * logged), never the message of a parser, of the JAX-RS runtime or of the JDK.
 */
class ErrorDetailsIT {
  /** Words of the internals that used to reach callers. */
  private static final List<String> INTERNALS =
      List.of(
          "Invalid token",
          "Internal error",
          "Unable to deserialize",
          "RESTEASY",
          "For input string",
          "java.",
          "Exception");

  private static void assertNoInternals(String body) {
    for (String word : INTERNALS) {
      assertFalse(body.contains(word), () -> "'" + word + "' shown to the caller: " + body);
    }
  }

  @Test
  void unreadableJsonSaysACatalogTextWithAnIncident() {
    for (String body : List.of("{\"name\": \"oops\",", "{\"name\": \"x\", \"mapping\": \"e\"}")) {
      HttpResponse<String> r = Api.postJson("/api/v1/flows", User.ADMIN, body);
      JsonObject problem = assertProblem(400, r);
      assertEquals("INVALID_JSON", problem.getString("code"), problem::toString);
      assertEquals("Bad Request", problem.getString("title"), "title is the status phrase");
      String incident = problem.getString("incident");
      assertTrue(incident.matches("[0-9a-f]{8}"), problem::toString);
      assertTrue(problem.getString("detail").contains(incident), problem::toString);
      assertNoInternals(r.body());
    }
  }

  @Test
  void unknownAddressAndMethodSayCatalogTexts() {
    JsonObject notFound = assertProblem(404, Api.get("/api/v1/nothing-here", User.ADMIN));
    assertEquals("NO_SUCH_ADDRESS", notFound.getString("code"), notFound::toString);
    assertNoInternals(notFound.toString());

    HttpResponse<String> delete =
        Api.send(Api.request("/api/v1/flows/1", User.ADMIN).DELETE().build());
    JsonObject notAllowed = assertProblem(405, delete);
    assertEquals("METHOD_NOT_ALLOWED", notAllowed.getString("code"), notAllowed::toString);
    assertNoInternals(delete.body());
  }

  @Test
  void ourOwnMessagesAreStillShown() {
    JsonObject problem = assertProblem(404, Api.get("/api/v1/runs/987654321", User.VIEWER));
    assertTrue(problem.getString("detail").contains("987654321"), problem::toString);
  }

  @Test
  void aPageRefusingALibraryValueShowsNoJdkMessage() {
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    HttpResponse<String> r = viewer.get("/runs/99999999999999999999");
    assertEquals(400, r.statusCode(), () -> Api.describe(r));
    assertTrue(r.body().contains("Invalid value in the request"), () -> Api.describe(r));
    assertTrue(r.body().contains("INVALID_VALUE"), "the code is shown for support");
    assertNoInternals(r.body());
  }

  @Test
  void readinessUpShowsNoBusinessFigures() {
    HttpResponse<String> r =
        Api.send(
            HttpRequest.newBuilder(Api.uri("/health/ready"))
                .header("Accept", "application/json")
                .GET()
                .build());
    Api.expectStatus(200, r);
    assertFalse(
        r.body().contains("\"flows\""), () -> "flow count on an open endpoint: " + r.body());
  }

  @Test
  void whatNoPageAnswersIsACatalogPageNotTheContainers() {
    for (String path : List.of("/static/nope.css", "/nope")) {
      HttpResponse<String> r =
          Api.send(Api.request(path, null).header("Accept", "text/html").GET().build());
      Api.expectStatus(path.startsWith("/static") ? 404 : 302, r);
      assertFalse(r.body().contains("Exception"), () -> "exception names: " + Api.describe(r));
      assertFalse(r.body().contains("SRVE"), () -> "container codes: " + Api.describe(r));
    }
    HttpResponse<String> api = Api.get("/api/v1/nope", User.VIEWER);
    ApiSecurityIT.assertProblem(404, api);
  }

  @Test
  void theFaviconIsServed() {
    HttpResponse<String> r = Api.get("/favicon.ico", null);
    Api.expectStatus(302, r);
    assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/static/favicon.svg"));
  }

  /** JSON is parsed whole: a body over its bound is refused from its declared length. */
  @Test
  void aJsonBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
    byte[] start = "{\"name\":\"huge\",\"description\":\"".getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer r =
        RawHttp.post(
            "/api/v1/flows",
            "application/json",
            100L << 20,
            start,
            java.util.Map.of("Authorization", User.ADMIN.basic()));
    assertEquals(413, r.status(), r::toString);
  }
}
