package com.passerelle.monitor;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.IntegrationType;

/**
 * Where in an integration a failure happened, read from its type and code (the roll-ups keep no
 * scope): a whole run, one line, an inbound webhook event, an outbound call.
 */
public enum Step {
  RUN("Run (the whole file or read)"),
  LINE("Line (one person)"),
  EVENT("Webhook event received"),
  CALL("Delivery call to the endpoint");

  private final String label;

  Step(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Step of(IntegrationType type, String code) {
    if (type == IntegrationType.OUTBOUND_WEBHOOK) {
      return CALL;
    }
    if (type == IntegrationType.INBOUND_WEBHOOK) {
      return EVENT;
    }
    try {
      return ErrorCode.valueOf(code).level() == ErrorCode.Level.LINE ? LINE : RUN;
    } catch (IllegalArgumentException notOurs) {
      return RUN; // an HTTP status of the HRIS API stops the read
    }
  }
}
