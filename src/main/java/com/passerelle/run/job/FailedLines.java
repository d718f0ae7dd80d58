package com.passerelle.run.job;

import com.passerelle.run.LineStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The line numbers a re-run reads: the Failure lines of the run it re-runs, in line order, asked
 * for 1000 at a time after the last one seen (a keyset range of ix_run_line_status), so a million
 * failed lines cost constant memory. The old run is over: its lines no longer change. Read on the
 * prefetch thread, with a connection of its own outside the chunk's transaction.
 */
final class FailedLines {
  private static final int BATCH = 1000;

  private final DataSource dataSource;
  private final long oldRunId;
  private final int[] batch = new int[BATCH];
  private int count;
  private int index;
  private int loadedUpTo;
  private boolean allLoaded;

  /** Failed lines after {@code afterLine} (the reader's position: lines before are done). */
  FailedLines(DataSource dataSource, long oldRunId, int afterLine) {
    this.dataSource = dataSource;
    this.oldRunId = oldRunId;
    this.loadedUpTo = afterLine;
  }

  /** The first failed line number at or after this one, or -1 when no failed line is left. */
  int atOrAfter(int lineNumber) throws SQLException {
    while (true) {
      while (index < count && batch[index] < lineNumber) {
        index++;
      }
      if (index < count) {
        return batch[index];
      }
      if (allLoaded) {
        return -1;
      }
      load();
    }
  }

  private void load() throws SQLException {
    count = 0;
    index = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select line_number from run_line where run_id = ? and status = ?"
                    + " and line_number > ? order by line_number limit "
                    + BATCH)) {
      ps.setLong(1, oldRunId);
      ps.setString(2, LineStatus.FAILURE.name());
      ps.setInt(3, loadedUpTo);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batch[count++] = rs.getInt(1);
        }
      }
    }
    allLoaded = count < BATCH;
    if (count > 0) {
      loadedUpTo = batch[count - 1];
    }
  }
}
