package com.passerelle.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * MariaDB's fastest insert: the rows as tab-separated text, sent from memory with {@code LOAD DATA
 * LOCAL INFILE} on the transaction's own connection (so it commits or rolls back with the chunk).
 * The server parses plain text instead of SQL, which made an import's writes several times cheaper
 * than multi-row inserts (see the import benchmark).
 *
 * <p>MariaDB treats LOCAL loads as IGNORE (a duplicate key is skipped with a warning, not an
 * error): the row count is checked, so a duplicate still fails the chunk as it must.
 */
public final class LoadDataInsert {
  private static final String FILE_PREFIX = "passerelle-rows-";

  /** Our files carry our process id: another server on this host keeps its own in-flight files. */
  private static final String OWN_PREFIX = FILE_PREFIX + ProcessHandle.current().pid() + "-";

  /** A file without a process id (an older version's) is a leftover once this old. */
  private static final Duration UNOWNED_AGE = Duration.ofMinutes(10);

  private static volatile Boolean serverAllows;

  private final String tail;

  LoadDataInsert(String table, String... columns) {
    this.tail =
        " into table "
            + table
            + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\'"
            + " lines terminated by '\\n' ("
            + String.join(", ", columns)
            + ")";
  }

  /**
   * Whether the server takes LOCAL loads ({@code local_infile}, on by default; read once). Where an
   * administrator turned it off, imports fall back to multi-row inserts, slower but the same.
   */
  static boolean allowedOn(Connection connection) throws SQLException {
    Boolean allowed = serverAllows;
    if (allowed == null) {
      try (Statement statement = connection.createStatement();
          var rs = statement.executeQuery("select @@global.local_infile")) {
        allowed = rs.next() && rs.getInt(1) == 1;
      }
      serverAllows = allowed;
    }
    return allowed;
  }

  /**
   * Loads the rows; false when they could not be loaded this way (LOCAL loads refused by the server
   * or the driver, which is then remembered, or no room for the temporary file) and the caller
   * inserts them otherwise. Nothing is inserted when it answers false. A row refused (a duplicate
   * key) fails the statement, as an INSERT would.
   */
  boolean tryInsert(Connection connection, List<Object[]> rows) throws SQLException {
    int inserted = load(connection, rows);
    if (inserted >= 0 && inserted != rows.size()) {
      throw new SQLException(
          (rows.size() - inserted) + " of " + rows.size() + " rows refused (duplicate key?)",
          "23000");
    }
    return inserted >= 0;
  }

  /**
   * Loads the rows, skipping those whose unique key is taken (LOCAL loads behave as IGNORE): the
   * number inserted, or -1 when they could not be loaded this way (nothing inserted).
   */
  int load(Connection connection, List<Object[]> rows) throws SQLException {
    Path file;
    try {
      file = Files.createTempFile(OWN_PREFIX, ".tsv"); // owner-only, a name of our own
    } catch (IOException e) {
      return -1;
    }
    try (Statement statement = connection.createStatement()) {
      try (OutputStream out = Files.newOutputStream(file)) {
        writeTsv(rows, out);
      }
      String path = file.toAbsolutePath().toString().replace("\\", "/");
      return statement.executeUpdate("load data local infile '" + path + "'" + tail);
    } catch (IOException e) {
      return -1;
    } catch (SQLException e) {
      if (refusesLocalLoads(e)) {
        serverAllows = false; // turned off since start-up: the statement inserted nothing
        return -1;
      }
      throw e;
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // removed at the next start-up (deleteLeftovers)
      }
    }
  }

  private static boolean refusesLocalLoads(SQLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return e.getErrorCode() == 1148 || e.getErrorCode() == 4166 || message.contains("local infile");
  }

  /**
   * Removes the temporary files a killed server left (each a chunk of personal data), at start-up,
   * before any import runs: those of processes that no longer run. Another server sharing the
   * directory keeps the file it is loading.
   */
  public static void deleteLeftovers() {
    deleteLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
  }

  static void deleteLeftovers(Path dir) {
    try (var files = Files.newDirectoryStream(dir, FILE_PREFIX + "*.tsv")) {
      for (Path file : files) {
        if (isLeftover(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException ignored) {
      // nothing to clean, or not ours to clean
    }
  }

  private static boolean isLeftover(Path file) throws IOException {
    String rest = file.getFileName().toString().substring(FILE_PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      long pid = Long.parseLong(rest.substring(0, Math.max(dash, 0)));
      return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isEmpty();
    } catch (NumberFormatException e) {
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      return modified.isBefore(Instant.now().minus(UNOWNED_AGE));
    }
  }

  /** Writes the rows as LOAD DATA's text (see {@link TsvOutput}). */
  static void writeTsv(List<Object[]> rows, OutputStream out) throws IOException {
    TsvOutput tsv = new TsvOutput(out);
    for (Object[] row : rows) {
      tsv.row(row);
    }
    tsv.flush();
  }
}
