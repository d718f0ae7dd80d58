package com.passerelle.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {
  private static Flow journeyFlow(
      String defaultTemplate, FlowDefinition.TemplateRuleDefinition... rules) {
    Flow flow = new Flow(null);
    flow.setPurpose(FlowPurpose.JOURNEY_CREATION);
    flow.setDefaultTemplate(defaultTemplate);
    flow.getMapping().put(PersonField.CONTRACT_TYPE, "contract");
    flow.getMapping().put(PersonField.NATIONALITY, "country");
    FieldProblems problems = new FieldProblems();
    new TemplateRulesEditor(problems).apply(definition(List.of(rules)), flow);
    assertTrue(problems.isEmpty(), problems.byField()::toString);
    return flow;
  }

  private static FlowDefinition definition(List<FlowDefinition.TemplateRuleDefinition> rules) {
    return new FlowDefinition(
        "f",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "JOURNEY_CREATION",
        null,
        rules);
  }

  private static FlowDefinition.TemplateRuleDefinition rule(String template, String... when) {
    Map<String, String> conditions = new LinkedHashMap<>();
    for (int i = 0; i < when.length; i += 2) {
      conditions.put(when[i], when[i + 1]);
    }
    return new FlowDefinition.TemplateRuleDefinition(template, conditions);
  }

  @Test
  void everyConditionMustHoldAndTheFirstMatchingRuleWins() {
    Flow flow =
        journeyFlow(
            "Standard",
            rule("X", "contract_type", "permanent", "nationality", "Française"),
            rule("Y", "contract_type", "permanent"));
    TemplateChoice choice = FlowRules.of(flow).templates();
    Map<PersonField, String> both =
        Map.of(PersonField.CONTRACT_TYPE, "Permanent", PersonField.NATIONALITY, "FRANÇAISE");
    assertEquals("X", choice.choose(both).template());
    assertEquals(1, choice.choose(both).rule().number());
    TemplateChoice.Outcome second = choice.choose(Map.of(PersonField.CONTRACT_TYPE, "permanent"));
    assertEquals(2, second.rule().number());
    TemplateChoice.Outcome none = choice.choose(Map.of(PersonField.CONTRACT_TYPE, "intern"));
    assertNull(none.rule());
    assertEquals("Standard", none.template());
    assertEquals(
        "contract_type = permanent and nationality = Française",
        flow.getTemplateRules().get(0).describe());
  }

  @Test
  void rulesOnUnmappedOrUnknownFieldsOrWithoutTemplateAreRefused() {
    Flow flow = new Flow(null);
    flow.setPurpose(FlowPurpose.JOURNEY_CREATION);
    flow.getMapping().put(PersonField.CONTRACT_TYPE, "contract");
    FieldProblems problems = new FieldProblems();
    new TemplateRulesEditor(problems)
        .apply(
            definition(
                List.of(
                    rule("X", "nationality", "French"),
                    rule("Y", "shoe_size", "42"),
                    rule(" ", "contract_type", "intern"),
                    rule("Z"))),
            flow);
    Map<String, String> byField = problems.byField();
    assertTrue(byField.get("templateRules[1].when").contains("maps no column"), byField::toString);
    assertTrue(byField.get("templateRules[2].when").contains("unknown field"), byField::toString);
    assertTrue(byField.containsKey("templateRules[3].template"), byField::toString);
    assertTrue(byField.containsKey("templateRules[4].when"), byField::toString);
  }

  @Test
  void theFormReadsOneRulePerLineAndWritesThemBack() {
    List<FlowDefinition.TemplateRuleDefinition> rules =
        FlowForm.templateRules(
            "contract_type = permanent; nationality = French => Template X\n\n"
                + "contract_type=intern=>Interns\nno arrow here");
    assertEquals(3, rules.size());
    assertEquals("Template X", rules.get(0).template());
    assertEquals(
        Map.of("contract_type", "permanent", "nationality", "French"), rules.get(0).when());
    assertEquals("Interns", rules.get(1).template());
    assertNull(rules.get(2).template());
    Flow flow = journeyFlow(null, rules.get(0), rules.get(1));
    assertEquals(
        "contract_type = permanent; nationality = French => Template X\n"
            + "contract_type = intern => Interns\n",
        FlowForm.templateRulesText(flow.getTemplateRules()));
  }
}
