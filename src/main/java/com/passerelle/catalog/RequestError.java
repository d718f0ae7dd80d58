package com.passerelle.catalog;

import java.util.Map;

/**
 * Errors of a request rather than of a run: what pages, API problems, health checks and the log-in
 * tell a caller. Texts live in {@code catalog/messages.properties} like every other code; details
 * that could reveal internals go to the log under an incident id, never into these texts.
 */
public enum RequestError {
  NOT_FOUND,
  NO_SUCH_ADDRESS,
  METHOD_NOT_ALLOWED,
  NOT_ACCEPTABLE,
  UNSUPPORTED_MEDIA_TYPE,
  BAD_REQUEST,
  INVALID_JSON,
  INVALID_VALUE,
  REQUEST_REFUSED,
  INTERNAL_ERROR,
  AUTHENTICATION_REQUIRED,
  WRONG_CREDENTIALS,
  ACCESS_DENIED,
  TOO_MANY_LOGIN_ATTEMPTS,
  FOREIGN_ORIGIN,
  CSRF_TOKEN_INVALID,
  SESSION_REQUIRED,
  LENGTH_REQUIRED,
  REQUEST_TOO_LARGE,
  WEBHOOK_SECRET_INVALID,
  WEBHOOK_PAYLOAD_INVALID,
  ABSENCE_CHANGE_REFUSED,
  CONCURRENT_CHANGE,
  DATABASE_UNAVAILABLE,
  NO_USER_ACCOUNTS;

  public ExplainedMessage explain(Map<String, String> params) {
    return MessageCatalog.standard().explain(name(), params);
  }

  public ExplainedMessage explain() {
    return explain(Map.of());
  }

  /** Cause and action as one sentence pair: the "detail" of a problem or an error page. */
  public String detail(Map<String, String> params) {
    ExplainedMessage m = explain(params);
    return m.cause() + ". " + m.action() + ".";
  }

  public String detail() {
    return detail(Map.of());
  }
}
