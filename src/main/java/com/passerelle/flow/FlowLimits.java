package com.passerelle.flow;

import java.util.List;
import org.hibernate.exception.ConstraintViolationException;

/** The sizes of a flow's columns, checked before saving so a long value is a 400, not a 500. */
final class FlowLimits {
  static final int NAME = 120;
  static final int DESCRIPTION = 500;
  static final int DATE_FORMAT = 40;
  static final int COLUMN = 200;
  static final int FILTER_VALUES = 1000;

  private static final String NAME_CONSTRAINT = "uk_flow_name";

  private FlowLimits() {}

  /** Adds a problem when the value is longer than max; true when it fits (or is absent). */
  static boolean check(String what, String value, int max, List<String> problems) {
    if (value != null && value.length() > max) {
      problems.add(what + " is longer than " + max + " characters");
      return false;
    }
    return true;
  }

  /** Whether a failed insert broke the unique flow name (databases spell its name differently). */
  static boolean isNameConstraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        String constraint = violation.getConstraintName();
        return constraint == null
            || constraint.toLowerCase(java.util.Locale.ROOT).contains(NAME_CONSTRAINT);
      }
    }
    return false;
  }
}
