package com.passerelle.flow;

import java.util.List;
import java.util.Map;

/**
 * How a journey creation flow chooses each line's template: its ordered rules (conditions as lines
 * are compared), then its default template. No rule: every journey gets the default template, as
 * before rules existed.
 */
public record TemplateChoice(List<Rule> rules, String defaultTemplate) {
  public static final TemplateChoice NONE = new TemplateChoice(List.of(), null);

  /** A rule as the evaluator reads it: its number (1-based), template and conditions. */
  public record Rule(int number, String template, Map<PersonField, String> when, String text) {}

  /** What a line got: the rule that matched (null: none did) and the template (null: none). */
  public record Outcome(Rule rule, String template) {}

  static TemplateChoice of(Flow flow) {
    List<TemplateRule> rules = flow.getTemplateRules();
    if (rules.isEmpty()) {
      return NONE;
    }
    List<Rule> read = new java.util.ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      TemplateRule rule = rules.get(i);
      read.add(
          new Rule(i + 1, rule.template(), Map.copyOf(rule.comparableWhen()), rule.describe()));
    }
    return new TemplateChoice(List.copyOf(read), flow.getDefaultTemplate());
  }

  public boolean hasRules() {
    return !rules.isEmpty();
  }

  /** The first rule whose every condition holds for these values (already trimmed and checked). */
  public Outcome choose(Map<PersonField, String> values) {
    for (Rule rule : rules) {
      if (matches(rule, values)) {
        return new Outcome(rule, rule.template());
      }
    }
    return new Outcome(null, defaultTemplate);
  }

  private static boolean matches(Rule rule, Map<PersonField, String> values) {
    for (Map.Entry<PersonField, String> condition : rule.when().entrySet()) {
      String value = values.get(condition.getKey());
      if (value == null || !LineRulesEditor.comparable(value).equals(condition.getValue())) {
        return false;
      }
    }
    return true;
  }
}
