package com.passerelle.flow;

import com.passerelle.schedule.Cron;
import com.passerelle.source.csv.CsvFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a definition to a flow (new or existing) field by field, collecting every problem. A
 * definition replaces the flow's settings as a whole (absent format settings keep their defaults);
 * the caller saves nothing when a problem was found.
 */
final class FlowEditor {
  private final FieldProblems problems = new FieldProblems();

  FieldProblems problems() {
    return problems;
  }

  void apply(FlowDefinition def, Flow flow) {
    String name = def.name() == null ? "" : def.name().trim();
    if (problems.require("name", name) && problems.checkLength("name", name, FlowLimits.NAME)) {
      flow.setName(name);
    }
    if (problems.checkLength("description", def.description(), FlowLimits.DESCRIPTION)) {
      flow.setDescription(blankToNull(def.description()));
    }
    flow.setActive(def.active() == null || def.active());
    sourceType(def, flow);
    format(def, flow);
    fields(def, flow);
    schedule(def.schedule(), flow);
    new LineRulesEditor(problems).apply(def, flow);
    new TemplateRulesEditor(problems).apply(def, flow); // reads the mapping and purpose just set
  }

  private void sourceType(FlowDefinition def, Flow flow) {
    if (def.sourceType() == null || def.sourceType().isBlank()) {
      return; // creating: the drop zone; editing: unchanged
    }
    try {
      flow.setSourceType(SourceType.valueOf(def.sourceType().trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problems.add("sourceType", "sourceType must be one of FOLDER, SFTP, HRIS_API");
    }
  }

  private void format(FlowDefinition def, Flow flow) {
    String delimiter = def.delimiter() == null ? "," : def.delimiter();
    try {
      CsvFormat.of(delimiter);
      flow.setDelimiter(delimiter);
    } catch (IllegalArgumentException e) {
      problems.add("delimiter", "delimiter must be one of , ; | tab");
    }
    String dateFormat = def.dateFormat() == null ? "yyyy-MM-dd" : def.dateFormat();
    if (problems.checkLength("dateFormat", dateFormat, FlowLimits.DATE_FORMAT)) {
      try {
        DateTimeFormatter.ofPattern(dateFormat);
        flow.setDateFormat(dateFormat);
      } catch (IllegalArgumentException e) {
        problems.add("dateFormat", "dateFormat is not a valid date pattern: " + dateFormat);
      }
    }
  }

  private void fields(FlowDefinition def, Flow flow) {
    Set<String> columns = flow.getSourceType().knownColumns();
    flow.getMapping().clear();
    Map<String, String> mapping = def.mapping() == null ? Map.of() : def.mapping();
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      String key = "mapping." + entry.getKey();
      Optional<PersonField> field = PersonField.byKey(entry.getKey());
      String column = entry.getValue() == null ? "" : entry.getValue().trim();
      if (field.isEmpty()) {
        problems.add(key, "unknown field in mapping: " + entry.getKey());
      } else if (column.isEmpty()) {
        continue; // a form's empty input: the field reads the column of its own name
      } else if (!columns.isEmpty() && !columns.contains(column)) {
        problems.add(key, "unknown column \"" + column + "\": the source has " + columns);
      } else if (problems.checkLength(key, column, FlowLimits.COLUMN)) {
        flow.getMapping().put(field.get(), column);
      }
    }
    flow.getRequiredFields().clear();
    List<String> required = def.requiredFields() != null ? def.requiredFields() : List.of();
    for (String key : required) {
      PersonField.byKey(key)
          .ifPresentOrElse(
              flow.getRequiredFields()::add,
              () -> problems.add("requiredFields", "unknown required field: " + key));
    }
    filter(def, flow);
  }

  private void filter(FlowDefinition def, Flow flow) {
    String field = blankToNull(def.filterField());
    String values = blankToNull(def.filterValues());
    problems.checkLength("filterValues", values, FlowLimits.FILTER_VALUES);
    if (field == null) {
      flow.setFilter(null, null);
      return;
    }
    if (values == null) {
      problems.add(
          "filterValues",
          "filterValues is required with filterField (else every line is filtered out)");
    }
    PersonField.byKey(field)
        .ifPresentOrElse(
            f -> flow.setFilter(f, values),
            () -> problems.add("filterField", "unknown filter field: " + field));
  }

  private void schedule(FlowDefinition.Schedule schedule, Flow flow) {
    String cron = schedule == null ? null : blankToNull(schedule.cron());
    String zone = schedule == null ? null : blankToNull(schedule.timeZone());
    if (cron == null) {
      flow.getSchedule().set(null, null); // no schedule: nothing to keep a zone for
      return;
    }
    try {
      Cron parsed = Cron.parse(cron, zone);
      flow.getSchedule().set(parsed.expression(), parsed.zone().getId());
    } catch (IllegalArgumentException e) {
      problems.add(
          e.getMessage().startsWith("unknown time zone") ? "schedule.timeZone" : "schedule.cron",
          e.getMessage());
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
