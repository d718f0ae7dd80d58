package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.Jdbc;
import com.passerelle.db.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds to the daily roll-ups ({@code transaction_day}, V24) on the caller's connection, so a count
 * is committed with what it counts. One upsert per call whatever the number of keys: MariaDB's
 * {@code insert ... on duplicate key update}, H2's {@code merge ... using (values ...)}. Keys go in
 * primary-key order so two writers lock shared rows in the same order (no deadlock), and each
 * writer has a slot (run or thread id modulo {@link #SLOTS}) so parallel runs rarely share a row.
 */
public final class TransactionDays {
  /** Rows per (day, type, outcome, code, source): few enough for the readers, enough to spread. */
  public static final int SLOTS = 8;

  private static final String COLUMNS =
      "tx_day, integration_type, outcome, code, source_id, slot, tx_count";
  private static final String H2_ROW =
      "(CAST(? AS DATE), CAST(? AS VARCHAR(30)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(40)),"
          + " CAST(? AS BIGINT), CAST(? AS SMALLINT), CAST(? AS BIGINT))";

  /** Successful or failed. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }

  /** How many transactions of one key to add. */
  public record Count(IntegrationType type, Outcome outcome, String code, long sourceId, long n) {
    public static Count success(IntegrationType type, long sourceId, long n) {
      return new Count(type, Outcome.SUCCESS, "", sourceId, n);
    }

    public static Count failure(IntegrationType type, String code, Long sourceId, long n) {
      return new Count(type, Outcome.FAILURE, code, sourceId == null ? 0 : sourceId, n);
    }
  }

  private TransactionDays() {}

  /** The slot of a writer: a run's id, a thread's id. */
  public static int slotOf(long key) {
    return (int) Math.floorMod(key, (long) SLOTS);
  }

  /** The slot of the calling thread (webhook workers, inbound events). */
  public static int threadSlot() {
    return slotOf(Thread.currentThread().getId());
  }

  /** Adds the counts to today's (UTC) rows of this slot. */
  public static void add(Connection c, int slot, List<Count> counts) throws SQLException {
    add(c, LocalDate.now(ZoneOffset.UTC), slot, counts);
  }

  public static void add(Connection c, LocalDate day, int slot, List<Count> counts)
      throws SQLException {
    Map<Count, Long> merged = merge(counts);
    if (merged.isEmpty()) {
      return;
    }
    boolean mariaDb = Vendor.of(c) == Vendor.MARIADB;
    String sql = mariaDb ? mariaDbSql(merged.size()) : h2Sql(merged.size());
    try {
      run(c, sql, day, slot, merged);
    } catch (SQLException e) {
      // H2 only: a writer that inserted the same new key committed first; now it is an update.
      if (mariaDb || !"23505".equals(e.getSQLState())) {
        throw e;
      }
      run(c, sql, day, slot, merged);
    }
  }

  /** Same keys summed, zeros dropped, in primary-key order (type, outcome, code, source). */
  static Map<Count, Long> merge(List<Count> counts) {
    Map<Count, Long> merged =
        new TreeMap<>(
            Comparator.comparing((Count k) -> k.type().name())
                .thenComparing(k -> k.outcome().name())
                .thenComparing(Count::code)
                .thenComparingLong(Count::sourceId));
    for (Count k : counts) {
      if (k.n() != 0) {
        merged.merge(new Count(k.type(), k.outcome(), k.code(), k.sourceId(), 0), k.n(), Long::sum);
      }
    }
    return merged;
  }

  private static void run(Connection c, String sql, LocalDate day, int slot, Map<Count, Long> rows)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Map.Entry<Count, Long> row : rows.entrySet()) {
        Count k = row.getKey();
        ps.setObject(i++, day);
        ps.setString(i++, k.type().name());
        ps.setString(i++, k.outcome().name());
        ps.setString(i++, k.code());
        ps.setLong(i++, k.sourceId());
        ps.setInt(i++, slot);
        ps.setLong(i++, row.getValue());
      }
      ps.executeUpdate();
    }
  }

  private static String mariaDbSql(int rows) {
    List<String> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add("(" + Jdbc.placeholders(7) + ")");
    }
    return "insert into transaction_day ("
        + COLUMNS
        + ") values "
        + String.join(", ", values)
        + " on duplicate key update tx_count = tx_count + values(tx_count)";
  }

  private static String h2Sql(int rows) {
    List<String> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add(H2_ROW);
    }
    return "merge into transaction_day t using (values "
        + String.join(", ", values)
        + ") as s("
        + COLUMNS
        + ") on t.tx_day = s.tx_day and t.integration_type = s.integration_type"
        + " and t.outcome = s.outcome and t.code = s.code and t.source_id = s.source_id"
        + " and t.slot = s.slot"
        + " when matched then update set tx_count = t.tx_count + s.tx_count"
        + " when not matched then insert ("
        + COLUMNS
        + ") values (s.tx_day, s.integration_type, s.outcome, s.code, s.source_id, s.slot,"
        + " s.tx_count)";
  }
}
