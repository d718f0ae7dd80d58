package com.passerelle.run;

import com.passerelle.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The report's reads, in plain SQL on the (run_id, line_number) key and the per-run indexes: a page
 * is a range of an index whatever its depth, and a search is the union of four indexed prefix
 * ranges (email, id, "first last", "last first").
 *
 * <p>Written for both databases' planners: ORDER BY names every column of the index it reads (H2
 * only reads an index in order when it does), and a search first finds its line numbers (the union,
 * on its own), then reads those lines by key (H2 ran a union joined to the lines once per line of
 * the run).
 */
final class LineQueries {
  private static final String COLUMNS =
      "run_id, line_number, status, external_id, first_name, last_name, email, source_values,"
          + " messages";
  private static final String[] KEYS = {"email_key", "id_key", "name_key", "reversed_name_key"};

  private LineQueries() {}

  /** A search stops at this many lines per key and asks for a longer text. */
  static final int SEARCH_LIMIT = 5000;

  /** The line numbers a search matches, in order, or {@code tooMany}. */
  record Matches(List<Integer> numbers, boolean tooMany) {}

  /** Up to {@code limit} lines from the cursor, in line order (no text search). */
  static List<Line> slice(Connection c, long runId, LineFilter filter, LineCursor cursor, int limit)
      throws SQLException {
    Integer bound = cursor.after() != null ? cursor.after() : cursor.before();
    boolean forward = !cursor.backwards();
    List<Line> lines = read(c, ranged(runId, filter, "select " + COLUMNS, bound, forward, limit));
    if (!forward) {
      Collections.reverse(lines);
    }
    return lines;
  }

  /** Whether a line of the filter lies beyond this line number (after it, or before it). */
  static boolean exists(Connection c, long runId, LineFilter filter, int lineNumber, boolean after)
      throws SQLException {
    return !numbers(c, ranged(runId, filter, "select line_number", lineNumber, after, 1)).isEmpty();
  }

  /** Every line a search matches (status included), unless one key matches too many. */
  static Matches matches(Connection c, long runId, LineFilter filter) throws SQLException {
    String prefix = filter.searchKey();
    String upper = SearchKeys.upperBound(prefix);
    TreeSet<Integer> found = new TreeSet<>();
    for (String key : KEYS) {
      // Without a status to check, the key's index alone answers (no read of the lines).
      String columns = filter.status() == null ? "line_number" : "line_number, status";
      Query q = keyRange(columns, runId, filter, key, prefix, upper);
      int read = 0;
      try (PreparedStatement ps = q.limit(SEARCH_LIMIT + 1).prepare(c);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (++read > SEARCH_LIMIT) {
            return new Matches(List.of(), true);
          }
          if (filter.status() == null || filter.status().name().equals(rs.getString(2))) {
            found.add(rs.getInt(1));
          }
        }
      }
    }
    return new Matches(new ArrayList<>(found), false);
  }

  /**
   * The first lines (by line number, at most {@code limit}) whose key starts with the search's
   * text: the same four indexed prefix ranges as {@link #matches}, each cut at {@code limit}, for
   * probing many runs in turn (the person search across runs) without reading long matches.
   */
  static List<Line> firstMatches(Connection c, long runId, LineFilter filter, int limit)
      throws SQLException {
    String prefix = filter.searchKey();
    String upper = SearchKeys.upperBound(prefix);
    TreeSet<Integer> found = new TreeSet<>();
    for (String key : KEYS) {
      Query q = keyRange("line_number", runId, filter, key, prefix, upper);
      q.sql.append(" order by run_id, ").append(key).append(", line_number");
      found.addAll(numbers(c, q.limit(limit)));
    }
    List<Integer> first = new ArrayList<>(found).subList(0, Math.min(limit, found.size()));
    return byNumbers(c, runId, first);
  }

  /** The lines of a run whose key starts with the prefix: a range of the key's index. */
  private static Query keyRange(
      String columns, long runId, LineFilter filter, String key, String prefix, String upper) {
    Query q = new Query("select " + columns + " from run_line where run_id = ?", runId);
    if (upper == null) {
      q.and(key + " like ? escape '!'", filter.prefixPattern());
    } else {
      q.and(key + " >= ?", prefix).and(key + " < ?", upper);
    }
    return q;
  }

  /** The lines of these line numbers, in order. */
  static List<Line> byNumbers(Connection c, long runId, List<Integer> numbers) throws SQLException {
    if (numbers.isEmpty()) {
      return new ArrayList<>();
    }
    Query q = new Query("select " + COLUMNS + " from run_line where run_id = ?", runId);
    q.sql.append(" and line_number in (").append(Jdbc.placeholders(numbers.size())).append(')');
    q.params.addAll(numbers);
    q.sql.append(" order by run_id, line_number");
    return read(c, q);
  }

  static Line one(Connection c, long runId, int lineNumber) throws SQLException {
    List<Line> lines = byNumbers(c, runId, List.of(lineNumber));
    return lines.isEmpty() ? null : lines.get(0);
  }

  /** Lines of a run without text search: a range of the key, or of the status index. */
  private static Query ranged(
      long runId, LineFilter filter, String select, Integer bound, boolean forward, int limit) {
    Query q = new Query(select + " from run_line where run_id = ?", runId);
    if (filter.status() != null) {
      q.and("status = ?", filter.status().name());
    }
    if (bound != null) {
      q.and(forward ? "line_number > ?" : "line_number < ?", bound);
    }
    String dir = forward ? "" : " desc";
    q.sql.append(" order by run_id").append(dir);
    if (filter.status() != null) {
      q.sql.append(", status").append(dir);
    }
    q.sql.append(", line_number").append(dir);
    return q.limit(limit);
  }

  private static List<Integer> numbers(Connection c, Query q) throws SQLException {
    List<Integer> numbers = new ArrayList<>();
    try (PreparedStatement ps = q.prepare(c);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        numbers.add(rs.getInt(1));
      }
    }
    return numbers;
  }

  private static List<Line> read(Connection c, Query q) throws SQLException {
    List<Line> lines = new ArrayList<>();
    try (PreparedStatement ps = q.prepare(c);
        ResultSet rs = ps.executeQuery()) {
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

  /** SQL text and its parameters, built together so they never drift apart. */
  private static final class Query {
    final StringBuilder sql;
    final List<Object> params = new ArrayList<>();

    Query(String start, Object... params) {
      this.sql = new StringBuilder(start);
      this.params.addAll(List.of(params));
    }

    Query and(String condition, Object param) {
      sql.append(" and ").append(condition);
      params.add(param);
      return this;
    }

    Query limit(int limit) {
      sql.append(" limit ?");
      params.add(limit);
      return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql.toString());
      Jdbc.bindAll(ps, 1, params);
      return ps;
    }
  }
}
