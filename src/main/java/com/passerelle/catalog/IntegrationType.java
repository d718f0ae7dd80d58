package com.passerelle.catalog;

/** The kinds of integration a failure can come from; the monitoring dashboard groups by these. */
public enum IntegrationType {
  INBOUND_FILE("Inbound flat file"),
  INBOUND_HRIS_API("Inbound HRIS API"),
  INBOUND_WEBHOOK("Inbound webhook"),
  OUTBOUND_WEBHOOK("Outbound webhook");

  private final String label;

  IntegrationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
