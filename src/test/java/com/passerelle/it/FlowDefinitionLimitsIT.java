package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordinary bad input to flow creation is the client's error (400 or 409), never a 500. */
class FlowDefinitionLimitsIT {

  private static JsonObject refused(int status, jakarta.json.JsonObjectBuilder definition) {
    return assertProblem(
        status, Api.postJson("/api/v1/flows", User.ADMIN, definition.build().toString()));
  }

  private static List<String> errors(JsonObject problem) {
    return problem
        .getJsonArray("errors")
        .getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
  }

  @Test
  void valuesLongerThanTheirColumnsAre400WithEachProblem() {
    JsonObject problem =
        refused(
            400,
            Api.standardFlow(Api.uniqueName("too-long"))
                .add("description", "d".repeat(501))
                .add("dateFormat", "yyyy-MM-dd" + " ".repeat(31))
                .add("filterField", "department")
                .add("filterValues", "v".repeat(1001))
                .add(
                    "mapping",
                    Json.createObjectBuilder()
                        .add("email", "c".repeat(201))
                        .add("first_name", "first_name")));

    List<String> errors = errors(problem);
    assertTrue(errors.contains("description is longer than 500 characters"), errors::toString);
    assertTrue(errors.contains("dateFormat is longer than 40 characters"), errors::toString);
    assertTrue(errors.contains("filterValues is longer than 1000 characters"), errors::toString);
    assertTrue(errors.contains("mapping.email is longer than 200 characters"), errors::toString);
    assertEquals(4, errors.size(), errors::toString);
  }

  @Test
  void aFilterWithoutValuesIsA400() {
    List<String> errors =
        errors(
            refused(
                400,
                Api.standardFlow(Api.uniqueName("no-filter-values"))
                    .add("filterField", "department")));
    assertEquals(
        List.of("filterValues is required with filterField (else every line is filtered out)"),
        errors);
  }

  @Test
  void namesDifferingByAnAccentOrAnEmojiAreTwoFlows() {
    String base = Api.uniqueName("names");
    List<String> names = List.of(base + " Équipe 😀", base + " equipe 😀", base + " Équipe 😁");
    for (String name : names) {
      HttpResponse<String> r =
          Api.postJson("/api/v1/flows", User.ADMIN, Api.standardFlow(name).build().toString());
      assertEquals(201, r.statusCode(), () -> name + " refused: " + Api.describe(r));
    }
  }

  @Test
  void aNameLongerThan120IsA400() {
    List<String> errors = errors(refused(400, Api.standardFlow("n".repeat(121))));
    assertEquals(List.of("name is longer than 120 characters"), errors);
  }

  @Test
  void valuesAtTheirLimitsAreAccepted() {
    String name = Api.uniqueName("at-limits");
    HttpResponse<String> r =
        Api.postJson(
            "/api/v1/flows",
            User.ADMIN,
            Api.standardFlow(name + "x".repeat(120 - name.length()))
                .add("description", "d".repeat(500))
                .add("filterField", "department")
                .add("filterValues", "v".repeat(1000))
                .build()
                .toString());
    Api.expectStatus(201, r);
  }

  @Test
  void aTakenNameIs409() {
    String name = Api.uniqueName("taken");
    Api.createFlow(Api.standardFlow(name));
    JsonObject problem = refused(409, Api.standardFlow(name));
    assertTrue(problem.getString("detail").contains("already exists"), problem::toString);
  }

  @Test
  void sixParallelCreatesOfOneNameGiveOneFlowAndFiveConflicts() {
    String body = Api.standardFlow(Api.uniqueName("parallel")).build().toString();
    List<Integer> statuses =
        Api.statusesOfConcurrent(6, () -> Api.postJson("/api/v1/flows", User.ADMIN, body));

    assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);
  }
}
