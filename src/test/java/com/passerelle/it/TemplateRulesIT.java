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
}
