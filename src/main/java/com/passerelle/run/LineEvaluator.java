package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.catalog.Severity;
import com.passerelle.common.Text;
import com.passerelle.flow.FlowRules;
import com.passerelle.flow.PersonField;
import com.passerelle.flow.TemplateChoice;
import com.passerelle.people.EmailDomainCheck;
import com.passerelle.people.Emails;
import com.passerelle.source.csv.CsvRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one CSV record into a line status and messages: filter, then required fields, then email
 * and date formats. Pure Java: no database, so every rule is unit-tested.
 */
public final class LineEvaluator {
  /** Dates outside these years are typos, and outside what every supported database stores. */
  private static final int MIN_YEAR = 1000;

  private static final int MAX_YEAR = 9999;

  private final FlowRules rules;
  private final EmailDomainCheck domains;
  private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
  private final List<String> header;
  private final DateTimeFormatter dateFormat;
  private final FixedDates fixedDates;

  /** Each field's column in the file (-1: not in it), looked up once rather than every line. */
  private final int[] fieldColumn = new int[PersonField.values().length];

  /** Whether every column name differs: then a line's values encode without a map. */
  private final boolean uniqueHeader;

  public LineEvaluator(FlowRules rules, List<String> header) {
    this(rules, header, null);
  }

  /** With the DNS check of email domains (null: not checked). */
  public LineEvaluator(FlowRules rules, List<String> header, EmailDomainCheck domains) {
    this.rules = rules;
    this.domains = domains;
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      columnIndex.putIfAbsent(normalize(header.get(i)), i);
    }
    String pattern = rules.dateFormat().replace('y', 'u');
    this.dateFormat =
        DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    this.fixedDates = FixedDates.of(pattern);
    for (PersonField field : PersonField.values()) {
      String column = rules.columnOf(field);
      Integer index = column == null ? null : columnIndex.get(normalize(column));
      fieldColumn[field.ordinal()] = index == null ? -1 : index;
    }
    this.uniqueHeader = new HashSet<>(header).size() == header.size();
  }

  static String normalize(String column) {
    return column.trim().toLowerCase(Locale.ROOT);
  }

  public EvaluatedLine evaluate(CsvRecord record) {
    List<String> fields = record.fields();
    if (fields.isEmpty()) { // unterminated quote or too long: nothing could be read
      ErrorCode code = ErrorCode.valueOf(record.problem().name());
      return failed(record, code, Params.of("limit", "1 MiB"));
    }
    Map<PersonField, String> values = valuesOf(fields);
    if (fields.size() != header.size()) {
      // Values are read by position only to tell whose line it is; nothing is imported.
      List<LineMessage> messages =
          List.of(
              new LineMessage(
                  ErrorCode.COLUMN_COUNT,
                  Params.of("found", "" + fields.size(), "expected", "" + header.size())));
      return new EvaluatedLine(
          record.lineNumber(), LineStatus.FAILURE, values, messages, encodeSource(fields));
    }
    String sourceValues = encodeSource(fields);
    List<LineMessage> messages = new ArrayList<>();
    if (record.problem() == CsvRecord.Problem.INVALID_ENCODING) {
      // Values were decoded leniently: shown so the admin knows whose line it is, never imported.
      messages.add(
          new LineMessage(ErrorCode.INVALID_ENCODING, Params.of("columns", badColumns(fields))));
      return new EvaluatedLine(
          record.lineNumber(), LineStatus.FAILURE, values, messages, sourceValues);
    }
    if (rules.filterField() != null) {
      String value = values.getOrDefault(rules.filterField(), "");
      if (!rules.filterValues().contains(value.toLowerCase(Locale.ROOT))) {
        messages.add(
            new LineMessage(
                ErrorCode.FILTERED_OUT,
                Params.of("field", rules.filterField().key(), "value", value)));
        return new EvaluatedLine(
            record.lineNumber(), LineStatus.FILTERED, values, messages, sourceValues);
      }
    }
    for (PersonField field : rules.required()) {
      if (!values.containsKey(field)) {
        messages.add(new LineMessage(ErrorCode.MISSING_FIELD, Params.of("field", field.key())));
      }
    }
    for (PersonField field : List.copyOf(values.keySet())) {
      if (field.kind() == PersonField.Kind.TEXT) {
        checkLength(field, values, messages);
      } else {
        checkFormat(field, values, messages);
      }
    }
    LineRules.check(rules, domains, values, messages);
    String template = statusOf(messages) == LineStatus.FAILURE ? null : template(values, messages);
    return new EvaluatedLine(
        record.lineNumber(), statusOf(messages), values, messages, sourceValues, template);
  }

  /**
   * The journey template of a valid line, and a message saying which rule chose it: no rule
   * matching gives the default template with a warning, or fails the line when there is none.
   */
  private String template(Map<PersonField, String> values, List<LineMessage> messages) {
    TemplateChoice choice = rules.templates();
    if (!choice.hasRules()) {
      return null;
    }
    TemplateChoice.Outcome outcome = choice.choose(values);
    if (outcome.rule() != null) {
      messages.add(
          new LineMessage(
              ErrorCode.TEMPLATE_RULE_APPLIED,
              Params.of(
                  "template", outcome.template(),
                  "rule", String.valueOf(outcome.rule().number()),
                  "conditions", outcome.rule().text())));
    } else if (outcome.template() != null) {
      messages.add(
          new LineMessage(
              ErrorCode.TEMPLATE_DEFAULT_USED, Params.of("template", outcome.template())));
    } else {
      messages.add(
          new LineMessage(
              ErrorCode.TEMPLATE_NOT_FOUND,
              Params.of("rules", String.valueOf(choice.rules().size()))));
    }
    return outcome.template();
  }

  private Map<PersonField, String> valuesOf(List<String> fields) {
    Map<PersonField, String> values = new EnumMap<>(PersonField.class);
    for (PersonField field : PersonField.values()) {
      int index = fieldColumn[field.ordinal()];
      if (index >= 0 && index < fields.size()) {
        String value = fields.get(index).trim();
        if (!value.isEmpty()) {
          values.put(field, value);
        }
      }
    }
    return values;
  }

  /**
   * A text longer than its column: a required value is refused (the line fails), an optional one is
   * cut and the person imported with a warning. Either way the line says so, and the database never
   * sees a value it cannot store.
   */
  private void checkLength(
      PersonField field, Map<PersonField, String> values, List<LineMessage> messages) {
    String value = values.get(field);
    if (value.length() <= field.maxLength()) {
      return;
    }
    Map<String, String> params =
        Params.of(
            "field", field.key(),
            "length", String.valueOf(value.length()), // the unit of the check, said in the text
            "max", String.valueOf(field.maxLength()));
    if (rules.required().contains(field)) {
      messages.add(new LineMessage(ErrorCode.VALUE_TOO_LONG, params));
    } else {
      values.put(field, Text.fit(value, field.maxLength()));
      messages.add(new LineMessage(ErrorCode.VALUE_CUT, params));
    }
  }

  private void checkFormat(
      PersonField field, Map<PersonField, String> values, List<LineMessage> messages) {
    String value = values.get(field);
    String email = field.kind() == PersonField.Kind.EMAIL ? Emails.normalize(value) : null;
    if (email != null && Emails.isValid(email)) {
      values.put(field, email);
      return;
    }
    LocalDate date = field.kind() == PersonField.Kind.DATE ? parseDate(value) : null;
    if (date != null) {
      values.put(field, date.toString()); // stored as ISO whatever the file's format
      return;
    }
    if (rules.required().contains(field)) {
      ErrorCode code =
          field.kind() == PersonField.Kind.EMAIL ? ErrorCode.INVALID_EMAIL : ErrorCode.INVALID_DATE;
      messages.add(
          new LineMessage(
              code, Params.of("field", field.key(), "value", value, "format", rules.dateFormat())));
    } else {
      // An optional value we cannot use is dropped, and the person imported without it.
      values.remove(field);
      messages.add(
          new LineMessage(
              ErrorCode.OPTIONAL_FIELD_IGNORED, Params.of("field", field.key(), "value", value)));
    }
  }

  /** The date in the flow's format, or null when the value is not one (or not a plausible year). */
  LocalDate parseDate(String value) {
    if (fixedDates != null) {
      LocalDate date = fixedDates.parse(value);
      if (date == FixedDates.NOT_A_DATE) {
        return null;
      }
      if (date != null) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
      }
    }
    try {
      LocalDate date = LocalDate.parse(value, dateFormat);
      return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LineStatus statusOf(List<LineMessage> messages) {
    boolean warning = false;
    for (LineMessage m : messages) {
      if (m.getSeverity() == Severity.ERROR) {
        return LineStatus.FAILURE;
      }
      warning |= m.getSeverity() == Severity.WARNING;
    }
    return warning ? LineStatus.PARTIAL_SUCCESS : LineStatus.SUCCESS;
  }

  private String badColumns(List<String> fields) {
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).indexOf('\uFFFD') >= 0) {
        bad.add(header.get(i));
      }
    }
    return String.join(", ", bad);
  }

  private EvaluatedLine failed(CsvRecord record, ErrorCode code, Map<String, String> params) {
    List<LineMessage> messages = List.of(new LineMessage(code, params));
    String source = encodeSource(record.fields());
    return new EvaluatedLine(record.lineNumber(), LineStatus.FAILURE, Map.of(), messages, source);
  }

  private String encodeSource(List<String> fields) {
    if (uniqueHeader && fields.size() <= header.size()) {
      String encoded = Params.encode(header, fields);
      if (encoded.length() <= Line.SOURCE_VALUES_LENGTH) {
        return encoded; // what the map below gives, without the map (most lines)
      }
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String column = i < header.size() ? header.get(i) : "column " + (i + 1);
      pairs.put(column, fields.get(i));
    }
    return Params.encode(pairs, Line.SOURCE_VALUES_LENGTH);
  }
}
