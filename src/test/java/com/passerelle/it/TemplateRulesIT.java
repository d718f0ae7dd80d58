package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.it.Api.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Template rules of journey creation flows (seed 000: contract type "permanent" and nationality
 * "French" give template "X"): the first matching rule chooses the template and the line says so;
 * no rule matching is a Partial success with the default template, or a Failure without one.
 */
class TemplateRulesIT {
  private static final String HEADER = Api.HEADER + ",contract,country";

  private static JsonObjectBuilder flow(String name, String defaultTemplate) {
    JsonObjectBuilder def =
        Api.standardFlow(name)
            .add("purpose", "JOURNEY_CREATION")
            .add(
                "mapping",
                Api.standardMapping()
                    .add("contract_type", "contract")
                    .add("nationality", "country"))
            .add(
                "templateRules",
                Json.createArrayBuilder()
                    .add(
                        rule(
                            "Permanent France",
                            "contract_type",
                            "permanent",
                            "nationality",
                            "French"))
                    .add(rule("Interns", "contract_type", "intern")));
    return defaultTemplate == null ? def : def.add("defaultTemplate", defaultTemplate);
  }

  private static JsonObjectBuilder rule(String template, String... when) {
    JsonObjectBuilder conditions = Json.createObjectBuilder();
    for (int i = 0; i < when.length; i += 2) {
      conditions.add(when[i], when[i + 1]);
    }
    return Json.createObjectBuilder().add("template", template).add("when", conditions);
  }

  @Test
  void theFirstMatchingRuleChoosesTheTemplateElseTheDefaultElseTheLineFails() {
    String t = Api.unique();
    String name = Api.uniqueName("templates");
    long flow = Api.createFlow(flow(name, "Standard")).getJsonNumber("id").longValue();
    JsonObject saved = Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN));
    assertEquals(2, saved.getJsonArray("templateRules").size(), saved::toString);
    assertTrue(
        saved.getJsonArray("requiredColumns").toString().contains("country"), saved::toString);

    String french = Api.email("french", t);
    String intern = Api.email("intern", t);
    String other = Api.email("other", t);
    JsonObject run =
        Api.importFile(
            flow,
            Api.csv(
                HEADER,
                "T1,Ana,Lopez," + french + ",2026-12-01,PERMANENT,french",
                "T2,Ben,Ito," + intern + ",2026-12-01,intern,Japanese",
                "T3,Cy,Mor," + other + ",2026-12-01,fixed term,French"));
    List<JsonObject> lines = Api.allLines(run.getJsonNumber("id").longValue());
    JsonObject first = Api.line(lines, 2);
    assertEquals("SUCCESS", first.getString("status"), first::toString);
    assertEquals(List.of("TEMPLATE_RULE_APPLIED"), Api.codes(first));
    assertTrue(Api.firstMessage(first).getString("cause").contains("rule 1"), first::toString);
    assertEquals("Permanent France", journeyTemplate(french));
    assertEquals("Interns", journeyTemplate(intern));
    JsonObject third = Api.line(lines, 4);
    assertEquals("PARTIAL_SUCCESS", third.getString("status"), third::toString);
    assertEquals(List.of("TEMPLATE_DEFAULT_USED"), Api.codes(third));
    assertEquals("Standard", journeyTemplate(other));

    // Without a default template, a line no rule matches creates no journey.
    Api.expectStatus(200, Api.putFlow(flow, flow(name, null)));
    String none = Api.email("none", t);
    JsonObject again =
        Api.importFile(flow, Api.csv(HEADER, "T4,Di,Ro," + none + ",2026-12-01,freelance,Swiss"));
    JsonObject failed = Api.line(Api.allLines(again.getJsonNumber("id").longValue()), 2);
    assertEquals("FAILURE", failed.getString("status"), failed::toString);
    assertEquals(List.of("TEMPLATE_NOT_FOUND"), Api.codes(failed));
    assertEquals(404, Api.get("/api/v1/journeys?email=" + Api.enc(none), User.ADMIN).statusCode());

    // A file without a column a rule reads stops the run: it names the missing header.
    JsonObject missing =
        Api.importFile(flow, Api.csv(Api.HEADER + ",contract", "T5,E,F,x@y.fr,2026-12-01,intern"));
    assertEquals("MISSING_HEADERS", Api.errorCode(missing), missing::toString);
  }

  @Test
  void aRuleOnAFieldTheFlowDoesNotMapIsRefusedWhenSaved() {
    JsonObjectBuilder def =
        Api.standardFlow(Api.uniqueName("unmapped"))
            .add("purpose", "JOURNEY_CREATION")
            .add(
                "templateRules", Json.createArrayBuilder().add(rule("X", "nationality", "French")));
    HttpResponse<String> refused =
        Api.postJson("/api/v1/flows", User.ADMIN, def.build().toString());
    Api.expectStatus(400, refused);
    JsonObject fields = Api.object(refused).getJsonObject("fields");
    assertTrue(fields.getString("templateRules[1].when").contains("maps no column"), refused::body);

    JsonObjectBuilder directory =
        Api.standardFlow(Api.uniqueName("directory"))
            .add("templateRules", Json.createArrayBuilder().add(rule("X", "email", "a@b.fr")));
    HttpResponse<String> notJourney =
        Api.postJson("/api/v1/flows", User.ADMIN, directory.build().toString());
    Api.expectStatus(400, notJourney);
    assertTrue(Api.object(notJourney).getJsonObject("fields").containsKey("templateRules"));
  }

  @Test
  void theFormTestsTheRulesOnASampleLineWithoutSaving() {
    long flow =
        Api.createFlow(flow(Api.uniqueName("sample"), "Standard")).getJsonNumber("id").longValue();
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    String edit = admin.get("/flows/" + flow + "/edit").body();
    assertTrue(edit.contains("Permanent France"), "the form shows the saved rules");
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", WebSession.csrfOf(edit));
    form.put("name", "not saved " + Api.unique());
    form.put("purpose", "JOURNEY_CREATION");
    form.put("delimiter", ",");
    form.put("dateFormat", "yyyy-MM-dd");
    form.put("mapping.email", "work_email");
    form.put("mapping.contract_type", "contract");
    form.put("templateRules", "contract_type = intern => Summer interns");
    form.put("defaultTemplate", "Standard");
    form.put("sample", "work_email,contract\nana@acme.fr,Intern");
    String page = admin.postForm("/flows/" + flow + "/edit/test", form).body();
    assertTrue(page.contains("id=\"sample-template\">Summer interns<"), page);
    assertTrue(page.contains("rule 1"), page);
    JsonObject still = Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN));
    assertEquals(
        "Permanent France",
        still.getJsonArray("templateRules").getJsonObject(0).getString("template"),
        "testing saved the form");

    form.put("sample", "work_email,contract\nana@acme.fr,freelance");
    form.remove("defaultTemplate");
    String failing = admin.postForm("/flows/" + flow + "/edit/test", form).body();
    assertTrue(failing.contains("id=\"sample-status\">FAILURE<"), failing);
    assertTrue(failing.contains("No journey template"), failing);

    form.put("sample", "only a header");
    String noLine = admin.postForm("/flows/" + flow + "/edit/test", form).body();
    assertTrue(noLine.contains("needs two lines"), noLine);
  }

  private static String journeyTemplate(String email) {
    return Api.object(Api.get("/api/v1/journeys?email=" + Api.enc(email), User.VIEWER))
        .getString("template");
  }

  @Test
  void formsAreReadAsUtf8AndMayCarryLongValueLists() {
    long flow =
        Api.createFlow(flow(Api.uniqueName("accents"), "Standard")).getJsonNumber("id").longValue();
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", WebSession.csrfOf(admin.get("/flows/" + flow + "/edit").body()));
    String name = "Réseau Île-de-France " + Api.unique();
    form.put("name", name);
    form.put("purpose", "JOURNEY_CREATION");
    form.put("delimiter", ",");
    form.put("dateFormat", "yyyy-MM-dd");
    form.put("mapping.email", "work_email");
    form.put("mapping.nationality", "country");
    form.put("templateRules", "nationality = Française => Modèle français");
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      values.append("Équipe ").append(i).append('\n');
    }
    form.put("valueList.department", values.toString()); // some 200 KiB once encoded
    form.put("sample", "work_email,country\nana@acme.fr,FRANÇAISE");
    HttpResponse<String> tested = admin.postForm("/flows/" + flow + "/edit/test", form);
    Api.expectStatus(200, tested);
    assertTrue(tested.body().contains("id=\"sample-template\">Modèle français<"), tested::body);

    form.remove("sample");
    Api.expectStatus(302, admin.postForm("/flows/" + flow + "/edit", form));
    JsonObject saved = Api.object(Api.get("/api/v1/flows/" + flow, User.ADMIN));
    assertEquals(name, saved.getString("name"));
    assertEquals(
        "Française",
        saved
            .getJsonArray("templateRules")
            .getJsonObject(0)
            .getJsonObject("when")
            .getString("nationality"));
    assertEquals(10_000, saved.getJsonObject("valueLists").getJsonArray("department").size());
  }

  @Test
  void theSampleTestSaysWhenTheHeaderWouldStopTheRun() {
    long flow =
        Api.createFlow(flow(Api.uniqueName("header"), "Standard")).getJsonNumber("id").longValue();
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", WebSession.csrfOf(admin.get("/flows/" + flow + "/edit").body()));
    form.put("name", "header test");
    form.put("purpose", "JOURNEY_CREATION");
    form.put("delimiter", ",");
    form.put("mapping.email", "work_email");
    form.put("mapping.contract_type", "contract");
    form.put("templateRules", "contract_type = intern => Interns");
    form.put("sample", "work_email;contract\nana@acme.fr;intern");
    String page = admin.postForm("/flows/" + flow + "/edit/test", form).body();
    assertTrue(page.contains("stops the run"), page);
    assertTrue(page.toLowerCase().contains("delimiter"), page);
  }

  @Test
  void aFlowIsNotEditedUnderARunInProgress() {
    String name = Api.uniqueName("busy");
    long flow = Api.createFlow(flow(name, "Standard")).getJsonNumber("id").longValue();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    String t = Api.unique();
    for (int i = 0; i < 100_000; i++) {
      csv.append("B").append(i).append(",F,L,b").append(i).append('.').append(t);
      csv.append("@busy.example.com,2026-12-01,intern,French\n");
    }
    JsonObject run =
        Api.upload(
            flow, "busy.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    long runId = run.getJsonNumber("id").longValue();
    JsonObject started = Api.awaitSomeLines(runId);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "IN_PROGRESS".equals(started.getString("state")), "the run ended before the edit");
    HttpResponse<String> busy = Api.putFlow(flow, flow(name, null));
    Api.expectStatus(409, busy);
    assertTrue(Api.object(busy).getString("detail").contains("in progress"), busy::body);

    // Settings that do not change how lines are read may change: here, the description.
    Api.expectStatus(200, Api.putFlow(flow, flow(name, "Standard").add("description", "busy")));
    Api.stop(runId);
    Api.expectStatus(200, Api.putFlow(flow, flow(name, null)));
  }
}
