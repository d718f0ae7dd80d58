package com.passerelle.flow;

import com.passerelle.source.csv.CsvFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of what a run needs from its flow, taken once per step so that editing a
 * flow mid-run cannot change how half of a file is read.
 */
public record FlowRules(
    long flowId,
    SourceType sourceType,
    CsvFormat format,
    String dateFormat,
    Map<PersonField, String> mapping,
    Set<PersonField> required,
    PersonField filterField,
    Set<String> filterValues,
    List<String> requiredColumns,
    Map<PersonField, Set<String>> allowedValues,
    Set<String> emailDomains,
    LocalDate oldestStartDate,
    TemplateChoice templates) {

  public static FlowRules of(Flow flow) {
    Map<PersonField, String> mapping = new EnumMap<>(PersonField.class);
    mapping.putAll(flow.getMapping());
    Set<PersonField> required = EnumSet.noneOf(PersonField.class);
    required.addAll(flow.getRequiredFields());
    return new FlowRules(
        flow.getId() == null ? 0 : flow.getId(), // an unsaved flow (a sample line test)
        flow.getSourceType(),
        CsvFormat.of(flow.getDelimiter()),
        flow.getDateFormat(),
        Map.copyOf(mapping),
        Set.copyOf(required),
        flow.getFilterField(),
        flow.allowedFilterValues(),
        flow.requiredColumns(),
        allowedValues(flow),
        emailDomains(flow),
        flow.getStartDateMaxAgeDays() == null
            ? null
            : LocalDate.now(ZoneOffset.UTC).minusDays(flow.getStartDateMaxAgeDays()),
        TemplateChoice.of(flow));
  }

  /** As lines are compared (NFC, lower case): "Permanent" and "permanent" are one value. */
  private static Map<PersonField, Set<String>> allowedValues(Flow flow) {
    Map<PersonField, Set<String>> lists = new EnumMap<>(PersonField.class);
    for (AllowedValue v : flow.getAllowedValues()) {
      lists
          .computeIfAbsent(v.field(), f -> new HashSet<>())
          .add(LineRulesEditor.comparable(v.value()));
    }
    lists.replaceAll((field, values) -> Set.copyOf(values));
    return Map.copyOf(lists);
  }

  private static Set<String> emailDomains(Flow flow) {
    Set<String> domains = new HashSet<>();
    flow.getEmailDomains().keySet().forEach(d -> domains.add(LineRulesEditor.asciiDomain(d)));
    return Set.copyOf(domains);
  }

  /** The source column a field reads from: the mapping, or the field's own key. */
  public String columnOf(PersonField field) {
    String column = mapping.get(field);
    return column != null ? column : field.key();
  }
}
