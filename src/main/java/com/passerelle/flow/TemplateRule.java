package com.passerelle.flow;

import com.passerelle.catalog.Params;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One rule choosing a journey template: when every condition holds (a field equals a value, case
 * and Unicode form aside), the line's journey gets {@link #template()}. Conditions are stored as
 * one encoded text: a rule is read whole, never searched by condition.
 */
@Embeddable
public class TemplateRule {
  @Column(name = "template", nullable = false, length = 120)
  private String template;

  @Column(name = "conditions", nullable = false, length = 2000)
  private String conditions;

  protected TemplateRule() {}

  public TemplateRule(String template, Map<PersonField, String> when) {
    this.template = template;
    Map<String, String> pairs = new LinkedHashMap<>();
    when.forEach((field, value) -> pairs.put(field.key(), value));
    this.conditions = Params.encode(pairs);
  }

  public String template() {
    return template;
  }

  /** The conditions in the order the admin gave them. */
  public Map<PersonField, String> when() {
    Map<PersonField, String> when = new LinkedHashMap<>();
    Params.decode(conditions)
        .forEach((key, value) -> PersonField.byKey(key).ifPresent(f -> when.put(f, value)));
    return when;
  }

  /** As a person reads it: {@code contract_type = permanent and nationality = French}. */
  public String describe() {
    return when().entrySet().stream()
        .map(e -> e.getKey().key() + " = " + e.getValue())
        .collect(Collectors.joining(" and "));
  }

  /** The conditions as lines are compared ({@link LineRulesEditor#comparable}). */
  Map<PersonField, String> comparableWhen() {
    Map<PersonField, String> when = new EnumMap<>(PersonField.class);
    when().forEach((field, value) -> when.put(field, LineRulesEditor.comparable(value)));
    return when;
  }
}
