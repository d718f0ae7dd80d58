package com.passerelle.run;

import com.passerelle.db.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Inserts a chunk's lines, with their messages and their search keys in the same row. */
final class LineInserts {
  private static final MultiRowInsert INSERT = into("run_line");

  private LineInserts() {}

  /** The insert of lines into this table (run_line, or V3's table while it is being filled). */
  static MultiRowInsert into(String table) {
    // What matching may change first, then the values a line's reading thread encoded ahead.
    return new MultiRowInsert(
        table,
        "run_id",
        "line_number",
        "status",
        "messages",
        "external_id",
        "first_name",
        "last_name",
        "email",
        "source_values",
        "email_key",
        "id_key",
        "name_key",
        "reversed_name_key");
  }

  static void insert(Connection connection, List<Line> lines) throws SQLException {
    insert(connection, lines, INSERT);
  }

  static void insert(Connection connection, List<Line> lines, MultiRowInsert insert)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>(lines.size());
    for (Line line : lines) {
      rows.add(
          new Object[] {
            line.getRunId(),
            line.getLineNumber(),
            line.getStatus().name(),
            LineMessages.encode(line.getMessages()),
            line.fixedValues()
          });
    }
    insert.insert(connection, rows);
  }
}
