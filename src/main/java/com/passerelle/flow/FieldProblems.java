package com.passerelle.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a flow definition, by field (e.g. {@code sftp.port}), so that a form shows
 * each problem beside its input and the API lists them all at once. The first problem of a field
 * wins: it is the one to fix first.
 */
public final class FieldProblems {
  private final Map<String, String> byField = new LinkedHashMap<>();

  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  /** Adds a problem when the value is longer than max; true when it fits (or is absent). */
  public boolean checkLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, field + " is longer than " + max + " characters");
      return false;
    }
    return true;
  }

  /** Adds "field is required" when the value is blank; true when present. */
  public boolean require(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, field + " is required");
      return false;
    }
    return true;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, String> byField() {
    return Map.copyOf(byField);
  }

  public List<String> messages() {
    return List.copyOf(byField.values());
  }

  public void throwIfAny() {
    if (!byField.isEmpty()) {
      throw new InvalidFlowException(this);
    }
  }
}
