package com.passerelle.run;

/** The five line statuses of the integration reports (seed 000). */
public enum LineStatus {
  SUCCESS("Success"),
  PARTIAL_SUCCESS("Partial success"),
  FAILURE("Failure"),
  FILTERED("Filtered"),
  ALREADY_CREATED("Already created");

  private final String label;

  LineStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the enum name or its label, any case, with - or space for _: for URLs and API. */
  public static LineStatus parse(String text) {
    String norm =
        text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    return valueOf(norm);
  }
}
