package com.passerelle.run;

import com.passerelle.flow.PersonField;
import java.util.List;
import java.util.Map;

/**
 * A record after mapping and validation, before matching: what the batch writer persists. The
 * template is the one a template rule (or the default) chose; null when the flow has no rules.
 */
public record EvaluatedLine(
    int lineNumber,
    LineStatus status,
    Map<PersonField, String> values,
    List<LineMessage> messages,
    String sourceValues,
    String template) {

  public EvaluatedLine(
      int lineNumber,
      LineStatus status,
      Map<PersonField, String> values,
      List<LineMessage> messages,
      String sourceValues) {
    this(lineNumber, status, values, messages, sourceValues, null);
  }

  public String value(PersonField field) {
    return values.get(field);
  }
}
