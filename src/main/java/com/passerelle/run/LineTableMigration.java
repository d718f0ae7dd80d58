package com.passerelle.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V3.1: copies the lines of earlier versions (run_line with an id, line_message rows) into V3's
 * table, with the same code the import writes with: messages fitted by {@link LineMessages} (a
 * blind cut in SQL lost messages), search keys from {@link SearchKeys} (accents removed like new
 * lines'). In slices of old ids, so a million old lines take constant memory.
 */
public class LineTableMigration implements JavaMigration {
  private static final int SLICE = 5000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3.1");
  }

  @Override
  public String getDescription() {
    return "copy lines and their messages";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    var insert = LineInserts.into("run_line_v3");
    long after = 0;
    List<Line> lines;
    do {
      Map<Long, Line> slice = oldLines(c, after);
      lines = new ArrayList<>(slice.values());
      if (!lines.isEmpty()) {
        long last = slice.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        addMessages(c, slice, after, last);
        LineInserts.insert(c, lines, insert);
        after = last;
      }
    } while (lines.size() == SLICE);
  }

  private static Map<Long, Line> oldLines(Connection c, long afterId) throws SQLException {
    Map<Long, Line> lines = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id, run_id, line_number, status, external_id, first_name, last_name, email,"
                + " source_values from run_line where id > ? order by id limit "
                + SLICE)) {
      ps.setLong(1, afterId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Line line = new Line(rs.getLong(2), rs.getInt(3), LineStatus.valueOf(rs.getString(4)));
          line.setPerson(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
          line.setSourceValues(rs.getString(9));
          lines.put(rs.getLong(1), line);
        }
      }
    }
    return lines;
  }

  private static void addMessages(Connection c, Map<Long, Line> lines, long afterId, long lastId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select line_id, code, params from line_message where line_id > ? and line_id <= ?"
                + " order by line_id, msg_order")) {
      ps.setLong(1, afterId);
      ps.setLong(2, lastId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Line line = lines.get(rs.getLong(1));
          if (line != null) {
            line.getMessages().add(new LineMessage(rs.getString(2), rs.getString(3)));
          }
        }
      }
    }
  }
}
