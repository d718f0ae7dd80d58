package com.passerelle.absence;

import com.passerelle.common.InvalidRequestException;
import java.util.List;
import java.util.Map;

/** An absence that cannot be saved, with every reason at once, by field (a 400). */
public class InvalidAbsenceException extends InvalidRequestException {
  private final Map<String, String> byField;

  public InvalidAbsenceException(Map<String, String> byField) {
    super(String.join("; ", byField.values()));
    this.byField = Map.copyOf(byField);
  }

  /** Field of the request (e.g. {@code endDate}) to its problem. */
  public Map<String, String> byField() {
    return byField;
  }

  public List<String> problems() {
    return List.copyOf(byField.values());
  }
}
