package com.passerelle.run;

import com.passerelle.flow.PersonField;
import java.util.List;
import java.util.Map;

/**
 * A record after mapping and validation, before matching: what the batch writer persists, with the
 * search keys of its values.
 */
public record EvaluatedLine(
    int lineNumber,
    LineStatus status,
    Map<PersonField, String> values,
    List<LineMessage> messages,
    String sourceValues,
    LineKeys keys) {

  public EvaluatedLine(
      int lineNumber,
      LineStatus status,
      Map<PersonField, String> values,
      List<LineMessage> messages,
      String sourceValues) {
    this(
        lineNumber,
        status,
        values,
        messages,
        sourceValues,
        LineKeys.of(
            values.get(PersonField.EXTERNAL_ID),
            values.get(PersonField.FIRST_NAME),
            values.get(PersonField.LAST_NAME),
            values.get(PersonField.EMAIL)));
  }

  public String value(PersonField field) {
    return values.get(field);
  }
}
