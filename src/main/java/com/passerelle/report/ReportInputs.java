package com.passerelle.report;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.flow.Flow;
import com.passerelle.run.RunState;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The reports' URL parameters, checked: anything unknown is a clear 400, never a 500. */
public final class ReportInputs {
  private static final Pattern HTTP_STATUS = Pattern.compile("[1-5]\\d\\d");

  private ReportInputs() {}

  /** A flow among those that exist, or null when the parameter is absent. */
  public static Long flow(String value, Map<Long, Flow> flows) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (flows.containsKey(id)) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // said below
    }
    throw new InvalidRequestException("Unknown flow: " + value);
  }

  public static RunState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RunState.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Unknown run state: " + value);
    }
  }

  /** An error code failures are recorded with: one of ours, or an HTTP status. */
  public static String code(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("Give an error code (code=...).");
    }
    String code = value.trim();
    if (HTTP_STATUS.matcher(code).matches()) {
      return code;
    }
    try {
      return ErrorCode.valueOf(code).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Unknown error code: " + value);
    }
  }

  /**
   * How many runs a person search probes: {@link PersonSearch#MAX_RUNS} unless a smaller number is
   * asked (to page through runs sooner; tests use it to reach the cap with a few runs).
   */
  public static int maxRuns(String value) {
    if (value == null || value.isBlank()) {
      return PersonSearch.MAX_RUNS;
    }
    String v = value.trim();
    int n = v.matches("\\d{1,4}") ? Integer.parseInt(v) : 0;
    if (n < 1 || n > PersonSearch.MAX_RUNS) {
      throw new InvalidRequestException(
          "maxRuns must be between 1 and " + PersonSearch.MAX_RUNS + ": " + value);
    }
    return n;
  }

  /** A keyset cursor (an id), or null. */
  public static Long cursor(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidRequestException(name + " must be a positive id: " + value);
  }
}
