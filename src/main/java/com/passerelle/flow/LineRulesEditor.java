package com.passerelle.flow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * Checks and applies a flow's line rules: allowed values per field (a value per row, up to {@link
 * #MAX_VALUES} per field), accepted email domains with their entity, the oldest start date.
 */
public final class LineRulesEditor {
  static final int MAX_VALUES = 20_000;
  static final int VALUE = 200;
  static final int MAX_DOMAINS = 1000;
  static final int ENTITY = 120;
  static final int MAX_DAYS = 36_500;

  private final FieldProblems problems;

  LineRulesEditor(FieldProblems problems) {
    this.problems = problems;
  }

  void apply(FlowDefinition def, Flow flow) {
    flow.getAllowedValues().clear();
    Map<String, List<String>> lists = def.valueLists() == null ? Map.of() : def.valueLists();
    lists.forEach((key, values) -> valueList(key, values == null ? List.of() : values, flow));
    flow.getEmailDomains().clear();
    Map<String, String> domains = def.emailDomains() == null ? Map.of() : def.emailDomains();
    if (domains.size() > MAX_DOMAINS) {
      problems.add("emailDomains", "at most " + MAX_DOMAINS + " email domains");
    }
    domains.forEach((domain, entity) -> domain(domain, entity, flow));
    Integer days = def.startDateMaxAgeDays();
    if (days != null && (days < 1 || days > MAX_DAYS)) {
      problems.add(
          "startDateMaxAgeDays", "startDateMaxAgeDays must be between 1 and " + MAX_DAYS + " days");
    }
    flow.setStartDateMaxAgeDays(days);
    flow.setResolveStakeholders(Boolean.TRUE.equals(def.resolveStakeholders()));
    purpose(def, flow);
  }

  private void purpose(FlowDefinition def, Flow flow) {
    if (def.purpose() != null && !def.purpose().isBlank()) {
      try {
        flow.setPurpose(FlowPurpose.valueOf(def.purpose().trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add("purpose", "purpose must be JOURNEY_CREATION or DIRECTORY_UPDATE");
      }
    }
    String template = FlowEditor.blankToNull(def.defaultTemplate());
    if (problems.checkLength("defaultTemplate", template, ENTITY)) {
      flow.setDefaultTemplate(template);
    }
  }

  private void valueList(String key, List<String> values, Flow flow) {
    String field = "valueList." + key;
    Optional<PersonField> personField = PersonField.byKey(key);
    if (personField.isEmpty()) {
      problems.add(field, "unknown field for a value list: " + key);
      return;
    }
    if (values.size() > MAX_VALUES) {
      problems.add(field, "at most " + MAX_VALUES + " values per field, not " + values.size());
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String value : values) {
      String v = value == null ? "" : value.trim();
      // one value as lines are compared (case and Unicode form aside): stored once
      if (!v.isEmpty() && problems.checkLength(field, v, VALUE) && seen.add(comparable(v))) {
        flow.getAllowedValues().add(new AllowedValue(personField.get(), v));
      }
    }
  }

  /** How values are compared: Unicode NFC, lower case. */
  public static String comparable(String value) {
    return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  /** A domain in its ASCII (punycode) form, lower case; as given when it has none. */
  public static String asciiDomain(String domain) {
    try {
      return java.net.IDN.toASCII(domain).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return domain.toLowerCase(Locale.ROOT);
    }
  }

  private void domain(String domain, String entity, Flow flow) {
    String d = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
    if (d.startsWith("@")) {
      d = d.substring(1);
    }
    if (!DomainValidator.getInstance().isValid(d)) {
      problems.add("emailDomains", "\"" + domain + "\" is not a domain name (e.g. acme.fr)");
      return;
    }
    d = asciiDomain(d); // bücher.de and xn--bcher-kva.de are one domain
    String e = entity == null || entity.isBlank() ? d : entity.trim();
    if (problems.checkLength("emailDomains", e, ENTITY)) {
      flow.getEmailDomains().put(d, e);
    }
  }
}
