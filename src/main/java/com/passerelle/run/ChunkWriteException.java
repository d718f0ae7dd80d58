package com.passerelle.run;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A chunk the database refused, described by codes and line numbers only. The driver's own message
 * quotes the refused values (personal data); it is left out so it never reaches the log, while the
 * stack trace is kept for whoever investigates.
 */
public class ChunkWriteException extends RuntimeException {
  ChunkWriteException(long runId, int firstLine, int lastLine, RuntimeException cause) {
    super(describe(runId, firstLine, lastLine, cause), null, false, true);
    setStackTrace(cause.getStackTrace());
  }

  static String describe(long runId, int firstLine, int lastLine, Throwable cause) {
    StringBuilder text =
        new StringBuilder("Run ")
            .append(runId)
            .append(", lines ")
            .append(firstLine)
            .append('-')
            .append(lastLine)
            .append(": the database refused the chunk (")
            .append(cause.getClass().getSimpleName());
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation
          && violation.getConstraintName() != null) {
        text.append(", constraint ").append(violation.getConstraintName());
      }
      if (t instanceof SQLException sql) {
        text.append(", SQLState ").append(sql.getSQLState()).append(", error ");
        text.append(sql.getErrorCode());
        break;
      }
    }
    return text.append(')').toString();
  }
}
