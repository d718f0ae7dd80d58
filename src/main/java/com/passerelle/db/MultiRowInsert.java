package com.passerelle.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows into one table on the caller's connection, the fastest way each database
 * offers: on MariaDB a {@code LOAD DATA LOCAL INFILE} from memory ({@link LoadDataInsert}), on H2
 * {@code insert into t (a, b) values (?, ?), (?, ?), ...} with hundreds of rows per statement. (A
 * JDBC batch of single-row inserts reached MariaDB as one statement per row: Connector/J 3.5
 * pipelines client-side prepared statements instead of rewriting them.)
 */
public final class MultiRowInsert {
  /** Rows per statement: few round trips, far below MariaDB's 65,535 placeholders. */
  static final int ROWS_PER_STATEMENT = 500;

  private final String head;
  private final String rowPlaceholders;
  private final int columns;
  private final LoadDataInsert loadData;

  public MultiRowInsert(String table, String... columns) {
    this.loadData = new LoadDataInsert(table, columns);
    this.head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
    this.rowPlaceholders = "(" + Jdbc.placeholders(columns.length) + ")";
    this.columns = columns.length;
  }

  /** Inserts the rows, each an array of the column values in order (nulls allowed). */
  public void insert(Connection connection, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (loadsData(connection) && loadData.tryInsert(connection, rows)) {
      return;
    }
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      try (PreparedStatement ps = connection.prepareStatement(sql(part.size()))) {
        int index = 1;
        for (Object[] row : part) {
          int first = index;
          for (Object value : row) {
            if (value instanceof EncodedValues encoded) {
              for (Object inner : encoded.values()) {
                ps.setObject(index++, inner);
              }
            } else {
              ps.setObject(index++, value);
            }
          }
          if (index - first != columns) {
            throw new IllegalArgumentException(
                columns + " values expected, not " + (index - first));
          }
        }
        ps.executeUpdate();
      }
    }
  }

  /**
   * Inserts the rows whose unique keys are free and skips the others, in one statement, where the
   * database does that (MariaDB's LOCAL load): the number inserted; -1 where it does not (nothing
   * inserted: the caller looks the keys up first).
   */
  public int insertSkippingTakenKeys(Connection connection, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    if (loadsData(connection)) {
      return loadData.load(connection, rows);
    }
    return -1;
  }

  /**
   * Whether rows go through {@code LOAD DATA} on this database: then encoding them ahead ({@link
   * EncodedValues#encoded}) saves the insert's thread work, elsewhere it is wasted.
   */
  public static boolean loadsData(Connection connection) throws SQLException {
    return Vendor.of(connection) == Vendor.MARIADB && LoadDataInsert.allowedOn(connection);
  }

  private String sql(int rowCount) {
    StringBuilder sql =
        new StringBuilder(head.length() + rowCount * (rowPlaceholders.length() + 2));
    sql.append(head);
    for (int i = 0; i < rowCount; i++) {
      sql.append(i == 0 ? "" : ", ").append(rowPlaceholders);
    }
    return sql.toString();
  }
}
