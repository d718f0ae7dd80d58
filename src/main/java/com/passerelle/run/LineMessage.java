package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.catalog.Severity;
import java.util.Map;

/**
 * One message of a line: a catalog code and its parameters, never free text. Stored with its line
 * (see {@link LineMessages} for the column's format).
 */
public final class LineMessage {
  /** Most a message's parameters take once encoded: a few of them always fit in the column. */
  static final int PARAMS_LENGTH = 2000;

  private final String code;
  private final String params;

  public LineMessage(ErrorCode code, Map<String, String> params) {
    this(code.name(), Params.encode(params, PARAMS_LENGTH));
  }

  /** As stored: a code and its encoded parameters. */
  LineMessage(String code, String encodedParams) {
    this.code = code;
    this.params = encodedParams == null ? "" : encodedParams;
  }

  public String getCode() {
    return code;
  }

  /** The catalog's severity of the code; a code this version no longer knows reads as an error. */
  public Severity getSeverity() {
    try {
      return ErrorCode.valueOf(code).severity();
    } catch (IllegalArgumentException unknown) {
      return Severity.ERROR;
    }
  }

  public Map<String, String> getParams() {
    return Params.decode(params);
  }

  String encodedParams() {
    return params;
  }
}
