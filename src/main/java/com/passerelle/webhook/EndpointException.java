package com.passerelle.webhook;

import java.util.List;
import java.util.Map;

/** What an endpoint's create or update refused: 400 with problems by field, or a 409. */
public class EndpointException extends RuntimeException {
  /** 400: every problem of the definition, by field (name, url, authKey, ...). */
  public static class Invalid extends EndpointException {
    private final Map<String, String> byField;

    public Invalid(Map<String, String> byField) {
      super(String.join("; ", byField.values()));
      this.byField = Map.copyOf(byField);
    }

    public Map<String, String> byField() {
      return byField;
    }

    public List<String> problems() {
      return List.copyOf(byField.values());
    }
  }

  /** 409: another endpoint has this name. */
  public static class NameTaken extends EndpointException {
    public NameTaken(String name) {
      super("An endpoint named \"" + name + "\" already exists");
    }
  }

  /** 409: saved from a stale copy. */
  public static class Changed extends EndpointException {
    public Changed(String name) {
      super(
          "Endpoint \""
              + name
              + "\" was changed by someone else since you opened it: reload it and apply your"
              + " changes again");
    }
  }

  EndpointException(String message) {
    super(message);
  }
}
