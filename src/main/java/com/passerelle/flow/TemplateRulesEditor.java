package com.passerelle.flow;

import com.passerelle.catalog.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and applies a flow's template rules. A rule may only read fields the flow maps to a
 * column: a rule on a column the file lacks would never match, and every line would quietly get the
 * default template. Runs after the mapping and the purpose are applied.
 */
final class TemplateRulesEditor {
  static final int MAX_RULES = 200;
  static final int MAX_CONDITIONS = 10;
  static final int CONDITIONS = 2000;

  private final FieldProblems problems;

  TemplateRulesEditor(FieldProblems problems) {
    this.problems = problems;
  }

  void apply(FlowDefinition def, Flow flow) {
    flow.getTemplateRules().clear();
    List<FlowDefinition.TemplateRuleDefinition> rules =
        def.templateRules() == null ? List.of() : def.templateRules();
    if (rules.isEmpty()) {
      return;
    }
    if (flow.getPurpose() != FlowPurpose.JOURNEY_CREATION) {
      problems.add(
          "templateRules",
          "template rules choose a journey template: set the purpose to JOURNEY_CREATION");
      return;
    }
    if (rules.size() > MAX_RULES) {
      problems.add(
          "templateRules", "at most " + MAX_RULES + " template rules, not " + rules.size());
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      rule(i + 1, rules.get(i), flow).ifPresent(flow.getTemplateRules()::add);
    }
  }

  private Optional<TemplateRule> rule(
      int number, FlowDefinition.TemplateRuleDefinition def, Flow flow) {
    String field = "templateRules[" + number + "]";
    if (def == null) {
      problems.add(field, "rule " + number + " is empty");
      return Optional.empty();
    }
    String template = FlowEditor.blankToNull(def.template());
    boolean ok = problems.require(field + ".template", template);
    ok &=
        template == null
            || problems.checkLength(field + ".template", template, LineRulesEditor.ENTITY);
    Map<String, String> given = def.when() == null ? Map.of() : def.when();
    if (given.isEmpty() || given.size() > MAX_CONDITIONS) {
      problems.add(
          field + ".when",
          "rule " + number + " needs 1 to " + MAX_CONDITIONS + " conditions (field = value)");
      return Optional.empty();
    }
    Map<PersonField, String> when = new LinkedHashMap<>();
    for (Map.Entry<String, String> condition : given.entrySet()) {
      ok &= condition(number, field, condition, flow, when);
    }
    Map<String, String> encoded = new LinkedHashMap<>();
    when.forEach((f, v) -> encoded.put(f.key(), v));
    if (Params.encode(encoded).length() > CONDITIONS) {
      problems.add(field + ".when", "the conditions of rule " + number + " are too long");
      ok = false;
    }
    return ok ? Optional.of(new TemplateRule(template, when)) : Optional.empty();
  }

  private boolean condition(
      int number,
      String field,
      Map.Entry<String, String> condition,
      Flow flow,
      Map<PersonField, String> when) {
    String key = condition.getKey() == null ? "" : condition.getKey().trim();
    Optional<PersonField> personField = PersonField.byKey(key);
    if (personField.isEmpty()) {
      problems.add(field + ".when", "rule " + number + ": unknown field \"" + key + "\"");
      return false;
    }
    if (!flow.getMapping().containsKey(personField.get())) {
      problems.add(
          field + ".when",
          "rule "
              + number
              + " reads "
              + key
              + ", but the flow maps no column to it: map the column first");
      return false;
    }
    String value = FlowEditor.blankToNull(condition.getValue());
    if (value == null) {
      problems.add(field + ".when", "rule " + number + ": " + key + " needs a value");
      return false;
    }
    if (!problems.checkLength(field + ".when", value, LineRulesEditor.VALUE)) {
      return false;
    }
    when.put(personField.get(), value);
    return true;
  }
}
