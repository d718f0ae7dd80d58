package com.passerelle.run.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A re-run's line numbers: only the old run's Failure lines, in order, across batches of 1000. */
class FailedLinesTest {
  private static JdbcDataSource database() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:failed" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table run_line (run_id bigint, line_number int, status varchar(20),"
              + " primary key (run_id, line_number))");
      try (PreparedStatement ps = c.prepareStatement("insert into run_line values (?, ?, ?)")) {
        for (int line = 2; line <= 5001; line++) {
          ps.setLong(1, 7);
          ps.setInt(2, line);
          ps.setString(3, line % 2 == 0 ? "FAILURE" : "SUCCESS"); // 2500 failures: 3 batches
          ps.addBatch();
          ps.setLong(1, 8); // another run's failures are not ours
          ps.setInt(2, line);
          ps.setString(3, "FAILURE");
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    return ds;
  }

  /** The line numbers a reader going through lines 2..6000 keeps. */
  private static List<Integer> kept(FailedLines failed, int from) throws Exception {
    List<Integer> kept = new ArrayList<>();
    for (int line = from; line <= 6000; line++) {
      int wanted = failed.atOrAfter(line);
      if (wanted < 0) {
        break;
      }
      if (wanted == line) {
        kept.add(line);
      }
    }
    return kept;
  }

  @Test
  void keepsExactlyTheFailedLinesInOrder() throws Exception {
    List<Integer> kept = kept(new FailedLines(database(), 7, 1), 2);
    assertEquals(2500, kept.size());
    assertEquals(2, kept.get(0));
    assertEquals(5000, kept.get(kept.size() - 1));
    for (int i = 1; i < kept.size(); i++) {
      assertEquals(kept.get(i - 1) + 2, kept.get(i));
    }
  }

  @Test
  void aRestartGoesOnAfterItsPosition() throws Exception {
    // Restarted with line 2999 written: the next line read is 3000, the first failed one 3000.
    List<Integer> kept = kept(new FailedLines(database(), 7, 2999), 3000);
    assertEquals(3000, kept.get(0));
    assertEquals(1001, kept.size());
  }

  @Test
  void noFailureLeftEndsTheReading() throws Exception {
    assertEquals(-1, new FailedLines(database(), 7, 5000).atOrAfter(5001));
    assertEquals(-1, new FailedLines(database(), 9, 1).atOrAfter(2));
  }
}
