package com.passerelle.it;

import static com.passerelle.it.Api.describe;
import static com.passerelle.it.Api.expectStatus;
import static com.passerelle.it.Api.object;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Authentication, roles, error bodies and security headers of the REST API. */
class ApiSecurityIT {

  /** Asserts an RFC 9457 problem body with this status and returns it. */
  static JsonObject assertProblem(int status, HttpResponse<String> r) {
    expectStatus(status, r);
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(
        type.startsWith("application/problem+json"),
        () -> "Expected application/problem+json: " + describe(r));
    JsonObject problem = object(r);
    assertEquals(status, problem.getInt("status"), () -> "status field: " + problem);
    assertNotNull(Api.str(problem, "type"), () -> "type field: " + problem);
    assertNotNull(Api.str(problem, "title"), () -> "title field: " + problem);
    assertNotNull(Api.str(problem, "detail"), () -> "detail field: " + problem);
    return problem;
  }

  @Test
  void noCredentialsIs401ProblemWithBasicChallenge() {
    HttpResponse<String> r = Api.get("/api/v1/flows", null);
    JsonObject problem = assertProblem(401, r);
    assertEquals("Unauthorized", problem.getString("title"));
    String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(
        challenge.startsWith("Basic ") && challenge.contains("realm="),
        () -> "WWW-Authenticate should be a Basic challenge: '" + challenge + "'");
  }

  @Test
  void wrongPasswordIs401() {
    HttpResponse<String> r =
        Api.send(
            Api.request("/api/v1/flows", null)
                .header("Authorization", User.basic("admin", "not-the-password"))
                .GET()
                .build());
    assertProblem(401, r);
    assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent(), () -> describe(r));
  }

  @Test
  void unknownUserIs401() {
    assertProblem(
        401,
        Api.send(
            Api.request("/api/v1/runs", null)
                .header("Authorization", User.basic("nobody-" + Api.unique(), "x"))
                .GET()
                .build()));
  }

  @Test
  void viewerMayReadFlowsAndRuns() {
    HttpResponse<String> flows = expectStatus(200, Api.get("/api/v1/flows", User.VIEWER));
    assertTrue(
        flows.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> describe(flows));
    Api.array(flows);
    Api.array(expectStatus(200, Api.get("/api/v1/runs?limit=5", User.VIEWER)));
  }

  @Test
  void viewerMayNotCreateAFlow() {
    String name = Api.uniqueName("viewer-create");
    HttpResponse<String> r =
        Api.postJson("/api/v1/flows", User.VIEWER, Api.standardFlow(name).build().toString());
    assertProblem(403, r);
    // and nothing was created
    boolean exists =
        Api.array(Api.get("/api/v1/flows", User.ADMIN)).stream()
            .anyMatch(f -> name.equals(f.asJsonObject().getString("name")));
    assertFalse(exists, "a flow was created by a viewer: " + name);
  }

  @Test
  void viewerMayNotUploadNorRun() {
    long flow = Api.createStandardFlow("viewer-upload");
    assertProblem(
        403,
        Api.postCsv(
            "/api/v1/flows/" + flow + "/uploads?filename=x.csv", User.VIEWER, Api.csv(Api.HEADER)));
    assertProblem(403, Api.postEmpty("/api/v1/flows/" + flow + "/runs", User.VIEWER));
    assertEquals(
        0,
        Api.array(Api.get("/api/v1/runs?flow=" + flow, User.ADMIN)).size(),
        "a viewer started a run");
  }

  @Test
  void adminCreatesAFlow201WithLocation() {
    String name = Api.uniqueName("create");
    HttpResponse<String> r =
        Api.postJson("/api/v1/flows", User.ADMIN, Api.standardFlow(name).build().toString());
    expectStatus(201, r);
    JsonObject created = object(r);
    long id = created.getJsonNumber("id").longValue();
    assertEquals(name, created.getString("name"));
    assertEquals("FOLDER", created.getString("sourceType"));
    assertTrue(created.getBoolean("active"));
    assertEquals("work_email", created.getJsonObject("mapping").getString("email"));
    String location = r.headers().firstValue("Location").orElse("");
    // The Location must be the flow's URL (resolved against the request URL, as a client does).
    String resolved = Api.uri("/api/v1/flows").resolve(location).toString();
    assertEquals(Api.BASE + "/api/v1/flows/" + id, resolved, "201 Location header");

    JsonObject read = object(expectStatus(200, Api.get(resolved, User.VIEWER)));
    assertEquals(name, read.getString("name"));
    // (as sets: the order of required fields is not kept by every database)
    assertEquals(
        Set.of("employee_id", "first_name", "last_name", "work_email", "start_date"),
        Set.copyOf(
            read.getJsonArray("requiredColumns")
                .getValuesAs(v -> ((jakarta.json.JsonString) v).getString())));
  }

  @Test
  void unknownRunIs404Problem() {
    JsonObject problem = assertProblem(404, Api.get("/api/v1/runs/999999999", User.ADMIN));
    assertTrue(problem.getString("detail").contains("999999999"), problem::toString);
    assertProblem(404, Api.get("/api/v1/flows/999999999", User.ADMIN));
    assertProblem(404, Api.get("/api/v1/runs/999999999/lines", User.ADMIN));
  }

  @Test
  void invalidFlowDefinitionIs400ListingEveryProblem() {
    String body =
        Json.createObjectBuilder()
            .add("name", "   ")
            .add("delimiter", "#")
            .add("mapping", Json.createObjectBuilder().add("shoe_size", "pointure"))
            .add("requiredFields", Json.createArrayBuilder().add("email").add("blood_type"))
            .build()
            .toString();
    JsonObject problem = assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, body));
    assertEquals("Bad Request", problem.getString("title"), "RFC 9457: about:blank's title");
    List<String> errors = new ArrayList<>();
    problem
        .getJsonArray("errors")
        .forEach(e -> errors.add(((jakarta.json.JsonString) e).getString()));
    assertTrue(errors.contains("name is required"), () -> "errors: " + errors);
    assertTrue(errors.contains("unknown field in mapping: shoe_size"), () -> "errors: " + errors);
    assertTrue(errors.contains("unknown required field: blood_type"), () -> "errors: " + errors);
    assertTrue(errors.contains("delimiter must be one of , ; | tab"), () -> "errors: " + errors);
    assertEquals(4, errors.size(), () -> "errors: " + errors);
  }

  @Test
  void unreadableJsonIs400Not500() {
    String name = Api.uniqueName("bad-json");
    assertAll(
        "a body that is not a flow definition is the client's error",
        () -> assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, "{\"name\": \"oops\",")),
        () -> assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, "")),
        () ->
            assertProblem(
                400,
                Api.postJson(
                    "/api/v1/flows",
                    User.ADMIN,
                    "{\"name\": \"" + name + "\", \"mapping\": \"work_email\"}")),
        () -> assertProblem(400, Api.postJson("/api/v1/flows", User.ADMIN, "null")));
  }

  @Test
  void unknownLineStatusFilterIs400Problem() {
    long flow = Api.createStandardFlow("bad-status");
    long run = Api.importFile(flow, Api.csv(Api.HEADER)).getJsonNumber("id").longValue();
    JsonObject problem =
        assertProblem(400, Api.get("/api/v1/runs/" + run + "/lines?status=bogus", User.ADMIN));
    assertTrue(problem.getString("detail").contains("bogus"), problem::toString);
  }

  @Test
  void uploadToUnknownFlowIs404() {
    assertProblem(
        404,
        Api.postCsv(
            "/api/v1/flows/999999999/uploads?filename=x.csv", User.ADMIN, Api.csv(Api.HEADER)));
  }

  @Test
  void securityHeadersOnPagesAndApi() {
    for (HttpResponse<String> r :
        List.of(
            Api.get("/login", null),
            Api.get("/api/v1/flows", User.VIEWER),
            Api.get("/api/v1/flows", null))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          csp.contains("frame-ancestors 'none'"), () -> "CSP '" + csp + "' on " + describe(r));
      assertTrue(csp.contains("default-src 'self'"), () -> "CSP '" + csp + "' on " + describe(r));
      assertEquals(
          "nosniff",
          r.headers().firstValue("X-Content-Type-Options").orElse(""),
          () -> "X-Content-Type-Options on " + describe(r));
      assertEquals(
          "DENY",
          r.headers().firstValue("X-Frame-Options").orElse(""),
          () -> "X-Frame-Options on " + describe(r));
    }
  }

  @Test
  void healthEndpointsAreOpenAndUp() {
    for (String path : List.of("/health/ready", "/health/live")) {
      HttpResponse<String> r =
          Api.send(Api.request(path, null).header("Accept", "application/json").GET().build());
      expectStatus(200, r);
      assertEquals("UP", object(r).getString("status"), () -> describe(r));
    }
  }

  @Test
  void apiCallWithBasicAuthNeedsNoCsrfToken() {
    // An Authorization header cannot be set by a foreign page: API clients pass the CSRF filter.
    HttpResponse<String> r =
        Api.send(
            Api.request("/api/v1/flows", User.ADMIN)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Api.standardFlow(Api.uniqueName("no-csrf")).build().toString()))
                .build());
    expectStatus(201, r);
  }
}
