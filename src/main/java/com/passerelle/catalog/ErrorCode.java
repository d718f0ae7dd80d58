package com.passerelle.catalog;

/**
 * Every error and warning we record, as one normalized code. Texts (title, cause, action) live in
 * {@code catalog/messages.properties}, keyed by {@link #name()}. HTTP failures of later
 * integrations are recorded with their status code (e.g. "401") instead of one of these.
 */
public enum ErrorCode {
  // Run errors: they stop the whole run.
  INTEGRATION_INACTIVE(Level.RUN, Severity.ERROR),
  MISSING_HEADERS(Level.RUN, Severity.ERROR),
  WRONG_DELIMITER(Level.RUN, Severity.ERROR),
  EXTRACTOR_UNDEFINED(Level.RUN, Severity.ERROR),
  SOURCE_FILE_NOT_FOUND(Level.RUN, Severity.ERROR),
  FILE_EMPTY(Level.RUN, Severity.ERROR),
  HEADER_ENCODING(Level.RUN, Severity.ERROR),
  FILE_UNREADABLE(Level.RUN, Severity.ERROR),
  RUN_CRASHED(Level.RUN, Severity.ERROR),
  RUN_NOT_STARTED(Level.RUN, Severity.ERROR),
  RUN_STOPPED(Level.RUN, Severity.WARNING),
  SOURCE_CHANGED(Level.RUN, Severity.ERROR),
  RERUN_FILE_CHANGED(Level.RUN, Severity.ERROR),
  FILE_NOT_READY(Level.RUN, Severity.ERROR),
  SFTP_CONNECTION(Level.RUN, Severity.ERROR),
  SFTP_HOST_KEY_MISMATCH(Level.RUN, Severity.ERROR),
  SFTP_EXTRACTION(Level.RUN, Severity.ERROR),
  SFTP_NO_FILE(Level.RUN, Severity.INFO),
  API_EXTRACTION(Level.RUN, Severity.ERROR),
  HRIS_CREDENTIALS(Level.RUN, Severity.ERROR),
  HRIS_FIRST_SYNC_PENDING(Level.RUN, Severity.INFO),
  HRIS_NO_CHANGES(Level.RUN, Severity.INFO),
  NO_DATA_LINES(Level.RUN, Severity.INFO),

  // Line errors: they affect one person only.
  MISSING_FIELD(Level.LINE, Severity.ERROR),
  INVALID_EMAIL(Level.LINE, Severity.ERROR),
  INVALID_DATE(Level.LINE, Severity.ERROR),
  INVALID_ENCODING(Level.LINE, Severity.ERROR),
  UNTERMINATED_QUOTE(Level.LINE, Severity.ERROR),
  RECORD_TOO_LONG(Level.LINE, Severity.ERROR),
  COLUMN_COUNT(Level.LINE, Severity.ERROR),
  VALUE_TOO_LONG(Level.LINE, Severity.ERROR),
  VALUE_CUT(Level.LINE, Severity.WARNING),
  STAKEHOLDER_NOT_FOUND(Level.LINE, Severity.ERROR),
  STAKEHOLDER_NOT_ARRIVED(Level.LINE, Severity.ERROR),
  STAKEHOLDER_IS_SELF(Level.LINE, Severity.ERROR),
  VALUE_NOT_IN_LIST(Level.LINE, Severity.ERROR),
  EMAIL_DOMAIN_NOT_MAPPED(Level.LINE, Severity.ERROR),
  START_DATE_TOO_OLD(Level.LINE, Severity.ERROR),
  TEMPLATE_NOT_FOUND(Level.LINE, Severity.ERROR),
  TEMPLATE_DEFAULT_USED(Level.LINE, Severity.WARNING),
  TEMPLATE_RULE_APPLIED(Level.LINE, Severity.INFO),
  DOMAIN_NOT_VALID(Level.LINE, Severity.ERROR),
  DOMAIN_NOT_CHECKED(Level.LINE, Severity.WARNING),
  OPTIONAL_FIELD_IGNORED(Level.LINE, Severity.WARNING),
  FILTERED_OUT(Level.LINE, Severity.INFO),
  ALREADY_CREATED(Level.LINE, Severity.INFO),
  JOURNEY_EXISTS(Level.LINE, Severity.INFO),
  DUPLICATE_IN_FILE(Level.LINE, Severity.INFO),

  // Outbound webhook calls (issue 8): one call of one message failed; the HTTP statuses a
  // receiver answers are recorded as the status itself ("401"), explained per integration type.
  WEBHOOK_TIMEOUT(Level.CALL, Severity.ERROR),
  WEBHOOK_CONNECTION_REFUSED(Level.CALL, Severity.ERROR),
  WEBHOOK_CONNECTION_CLOSED(Level.CALL, Severity.ERROR),
  WEBHOOK_CONNECTION_FAILED(Level.CALL, Severity.ERROR),
  WEBHOOK_UNKNOWN_HOST(Level.CALL, Severity.ERROR),
  WEBHOOK_TLS(Level.CALL, Severity.ERROR),
  WEBHOOK_REDIRECT(Level.CALL, Severity.ERROR),
  WEBHOOK_BLOCKED_ADDRESS(Level.CALL, Severity.ERROR),
  WEBHOOK_INVALID_URL(Level.CALL, Severity.ERROR),
  WEBHOOK_KEY_UNREADABLE(Level.CALL, Severity.ERROR),
  WEBHOOK_ENDPOINT_INACTIVE(Level.CALL, Severity.ERROR),
  WEBHOOK_OWNER_NO_EMAIL(Level.CALL, Severity.ERROR);

  /** Where an error stops processing. */
  public enum Level {
    RUN,
    LINE,
    /** One outbound call: the message goes on along the retry cascade. */
    CALL
  }

  private final Level level;
  private final Severity severity;

  ErrorCode(Level level, Severity severity) {
    this.level = level;
    this.severity = severity;
  }

  public Level level() {
    return level;
  }

  public Severity severity() {
    return severity;
  }
}
