package com.passerelle.it;

import static com.passerelle.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow's line rules, end to end: each failing line says which rule, with cause and action. */
class LineRulesIT {
  private static JsonArrayBuilder values(String... values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  @Test
  void valueListsDomainsAndOldestStartDateFailTheirLines() {
    String token = Api.unique();
    JsonObject flow =
        Api.createFlow(
            Api.standardFlow(Api.uniqueName("rules"))
                .add("mapping", Api.standardMapping().add("department", "department"))
                .add(
                    "valueLists",
                    Json.createObjectBuilder().add("department", values("Sales", "Engineering")))
                .add("emailDomains", Json.createObjectBuilder().add("rules.example.com", "Acme"))
                .add("startDateMaxAgeDays", 90));
    long flowId = flow.getJsonNumber("id").longValue();
    String recent = LocalDate.now().minusDays(10).toString();
    byte[] csv =
        Api.csv(
            Api.HEADER + ",department",
            "R1,Ok,Line," + "ok." + token + "@rules.example.com," + recent + ",sales",
            "R2,Bad,Dept," + "dept." + token + "@rules.example.com," + recent + ",Legal",
            "R3,Bad,Domain," + "dom." + token + "@gmail.com," + recent + ",Sales",
            "R4,Too,Old," + "old." + token + "@rules.example.com,2000-01-01,Sales");
    JsonObject run = Api.importFile(flowId, csv);
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());

    assertEquals("SUCCESS", Api.line(lines, 2).getString("status"), lines::toString);
    assertEquals(List.of("VALUE_NOT_IN_LIST"), Api.codes(Api.line(lines, 3)));
    assertEquals(List.of("EMAIL_DOMAIN_NOT_MAPPED"), Api.codes(Api.line(lines, 4)));
    assertEquals(List.of("START_DATE_TOO_OLD"), Api.codes(Api.line(lines, 5)));
    JsonObject tooOld = Api.firstMessage(Api.line(lines, 5));
    assertEquals("Start date is too old", tooOld.getString("title"));
    assertTrue(tooOld.getString("action").contains("flow settings"), tooOld::toString);
    assertTrue(
        Api.firstMessage(Api.line(lines, 3)).getString("cause").contains("Engineering, Sales")
            || Api.firstMessage(Api.line(lines, 3)).getString("cause").contains("engineering"),
        () -> Api.firstMessage(Api.line(lines, 3)).toString());
  }

  @Test
  void valuesDifferingByCaseOrAccentAndLookalikeDomainsCanBeSavedAndEdited() {
    String name = Api.uniqueName("accents");
    jakarta.json.JsonObjectBuilder def =
        Api.standardFlow(name)
            .add(
                "valueLists",
                Json.createObjectBuilder()
                    .add("department", values("Équipe", "équipe", "equipe", "Ventes")))
            .add(
                "emailDomains",
                Json.createObjectBuilder().add("bücher.de", "DE").add("bucher.de", "Other"));
    long id = Api.createFlow(def).getJsonNumber("id").longValue();
    Api.expectStatus(
        200,
        Api.putFlow(
            id,
            Api.standardFlow(name)
                .add(
                    "valueLists",
                    Json.createObjectBuilder()
                        .add("department", values("Équipe", "equipe", "Ventes")))));
  }

  @Test
  void aListOfTenThousandValuesIsSavedAndShownBackAndABadDomainIsRefused() {
    JsonArrayBuilder many = Json.createArrayBuilder();
    for (int i = 0; i < 10_000; i++) {
      many.add("Team " + i);
    }
    JsonObject flow =
        Api.createFlow(
            Api.standardFlow(Api.uniqueName("long-list"))
                .add("valueLists", Json.createObjectBuilder().add("department", many)));
    JsonObject read = Api.object(Api.get("/api/v1/flows/" + flow.getJsonNumber("id"), User.ADMIN));
    assertEquals(10_000, read.getJsonObject("valueLists").getJsonArray("department").size());

    JsonObject fields =
        assertProblem(
                400,
                Api.postJson(
                    "/api/v1/flows",
                    User.ADMIN,
                    Api.standardFlow(Api.uniqueName("bad-domain"))
                        .add("emailDomains", Json.createObjectBuilder().add("not a domain", "x"))
                        .add("startDateMaxAgeDays", 0)
                        .build()
                        .toString()))
            .getJsonObject("fields");
    assertTrue(fields.containsKey("emailDomains"), fields::toString);
    assertTrue(fields.containsKey("startDateMaxAgeDays"), fields::toString);
  }
}
