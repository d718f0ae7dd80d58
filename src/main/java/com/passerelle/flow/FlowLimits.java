package com.passerelle.flow;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/** The sizes of a flow's columns, checked before saving so a long value is a 400, not a 500. */
final class FlowLimits {
  static final int NAME = 120;
  static final int DESCRIPTION = 500;
  static final int DATE_FORMAT = 40;
  static final int COLUMN = 200;
  static final int FILTER_VALUES = 1000;
  static final int HOST = 255;
  static final int USER = 120;
  static final int FOLDER = 500;
  static final int PATTERN = 200;
  static final int URL = 500;
  static final int INTEGRATION_ID = 200;

  /** Clear secrets; sealed they must fit their columns (1000, and 6000 for a private key). */
  static final int SECRET = 500;

  static final int PRIVATE_KEY = 4000;

  /** A webhook secret is the only proof a caller gives: long enough not to be guessed. */
  static final int MIN_WEBHOOK_SECRET = 16;

  private static final String NAME_CONSTRAINT = "uk_flow_name";

  private FlowLimits() {}

  /** Whether a failed insert broke the unique flow name (databases spell its name differently). */
  static boolean isNameConstraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        String constraint = violation.getConstraintName();
        return constraint == null || constraint.toLowerCase(Locale.ROOT).contains(NAME_CONSTRAINT);
      }
    }
    return false;
  }
}
