package com.passerelle.run;

import com.passerelle.flow.PersonField;
import java.util.List;
import java.util.Map;

/** A record after mapping and validation, before matching: what the batch writer persists. */
public record EvaluatedLine(
    int lineNumber,
    LineStatus status,
    Map<PersonField, String> values,
    List<LineMessage> messages,
    String sourceValues) {

  public String value(PersonField field) {
    return values.get(field);
  }
}
