package com.passerelle.source.csv;

import java.util.List;
import java.util.Objects;

/**
 * One logical CSV record, or the description of a record that could not be read.
 *
 * @param lineNumber 1-based physical line where the record starts
 * @param nextLineNumber physical line where the next record would start (a record with quoted
 *     newlines spans several lines)
 * @param endOffset byte offset just after this record's line terminator: where reading resumes
 * @param fields field values, unquoted but not trimmed; for INVALID_ENCODING decoded leniently (bad
 *     bytes as U+FFFD) so callers can still tell whose line it is; empty for other problems
 * @param problem why the record could not be parsed, or {@link Problem#NONE}
 */
public record CsvRecord(
    int lineNumber, int nextLineNumber, long endOffset, List<String> fields, Problem problem) {

  public enum Problem {
    NONE,
    INVALID_ENCODING,
    UNTERMINATED_QUOTE,
    RECORD_TOO_LONG
  }

  public CsvRecord {
    Objects.requireNonNull(problem, "problem");
    fields = List.copyOf(fields);
    if (problem != Problem.NONE && problem != Problem.INVALID_ENCODING && !fields.isEmpty()) {
      throw new IllegalArgumentException("a record with a problem has no fields");
    }
  }

  public boolean ok() {
    return problem == Problem.NONE;
  }
}
