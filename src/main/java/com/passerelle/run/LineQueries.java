package com.passerelle.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The report's reads, in plain SQL on the (run_id, line_number) key and the per-run indexes: a page
 * is a range of an index whatever its depth, and a search is the union of four indexed prefix
 * ranges (email, id, "first last", "last first") joined back to the lines.
 */
final class LineQueries {
  private static final String COLUMNS =
      "l.run_id, l.line_number, l.status, l.external_id, l.first_name, l.last_name, l.email,"
          + " l.source_values, l.messages";
  private static final String[] KEYS = {"email_key", "id_key", "name_key", "reversed_name_key"};

  private LineQueries() {}

  /** Up to {@code limit} lines from the cursor, in line order. */
  static List<Line> slice(Connection c, long runId, LineFilter filter, LineCursor cursor, int limit)
      throws SQLException {
    StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(from(filter));
    if (cursor.after() != null) {
      sql.append(" and l.line_number > ?");
    } else if (cursor.before() != null) {
      sql.append(" and l.line_number < ?");
    }
    sql.append(" order by l.line_number").append(cursor.backwards() ? " desc" : "");
    sql.append(" limit ?");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = bind(ps, runId, filter);
      if (cursor.after() != null) {
        ps.setInt(i++, cursor.after());
      } else if (cursor.before() != null) {
        ps.setInt(i++, cursor.before());
      }
      ps.setInt(i, limit);
      List<Line> lines = read(ps);
      if (cursor.backwards()) {
        Collections.reverse(lines);
      }
      return lines;
    }
  }

  /** Whether a line of the filter lies beyond this line number (after it, or before it). */
  static boolean exists(Connection c, long runId, LineFilter filter, int lineNumber, boolean after)
      throws SQLException {
    String sql =
        "select l.line_number"
            + from(filter)
            + " and l.line_number "
            + (after ? ">" : "<")
            + " ? order by l.line_number"
            + (after ? "" : " desc")
            + " limit 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bind(ps, runId, filter);
      ps.setInt(i, lineNumber);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The lines a search matches, counted up to {@code cap} (a search has no stored counter). */
  static long countUpTo(Connection c, long runId, LineFilter filter, int cap) throws SQLException {
    String sql = "select count(*) from (select l.line_number" + from(filter) + " limit ?) m";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bind(ps, runId, filter);
      ps.setInt(i, cap);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static Line one(Connection c, long runId, int lineNumber) throws SQLException {
    String sql = "select " + COLUMNS + " from run_line l where l.run_id = ? and l.line_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, runId);
      ps.setInt(2, lineNumber);
      List<Line> lines = read(ps);
      return lines.isEmpty() ? null : lines.get(0);
    }
  }

  private static String from(LineFilter filter) {
    StringBuilder from = new StringBuilder(" from run_line l");
    if (filter.searches()) {
      from.append(" join (");
      for (int k = 0; k < KEYS.length; k++) {
        from.append(k == 0 ? "" : " union ")
            .append("select line_number from run_line where run_id = ? and ")
            .append(KEYS[k])
            .append(" like ? escape '!'");
      }
      from.append(") m on m.line_number = l.line_number");
    }
    from.append(" where l.run_id = ?");
    if (filter.status() != null) {
      from.append(" and l.status = ?");
    }
    return from.toString();
  }

  private static int bind(PreparedStatement ps, long runId, LineFilter filter) throws SQLException {
    int i = 1;
    if (filter.searches()) {
      String pattern = filter.prefixPattern();
      for (int k = 0; k < KEYS.length; k++) {
        ps.setLong(i++, runId);
        ps.setString(i++, pattern);
      }
    }
    ps.setLong(i++, runId);
    if (filter.status() != null) {
      ps.setString(i++, filter.status().name());
    }
    return i;
  }

  private static List<Line> read(PreparedStatement ps) throws SQLException {
    List<Line> lines = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Line line = new Line(rs.getLong(1), rs.getInt(2), LineStatus.valueOf(rs.getString(3)));
        line.setPerson(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
        line.setSourceValues(rs.getString(8));
        line.getMessages().addAll(LineMessages.decode(rs.getString(9)));
        lines.add(line);
      }
    }
    return lines;
  }
}
