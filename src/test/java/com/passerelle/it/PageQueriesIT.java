package com.passerelle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.passerelle.it.Api.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the busiest pages ask the database, read from MariaDB's general query log: the flows list
 * reads the last runs in one query, and a report page takes its totals from the run's counters
 * instead of counting the run's lines on every view (and every refresh). MariaDB only: it is what
 * customers run, and it can show the statements.
 */
class PageQueriesIT {
  private static Connection db;

  @BeforeAll
  static void generalLogOn() throws SQLException {
    assumeTrue("mariadb".equals(System.getProperty("db.kind")), "MariaDB only");
    db =
        DriverManager.getConnection(
            System.getProperty("db.url"),
            System.getProperty("db.user"),
            System.getProperty("db.password", ""));
    try (Statement s = db.createStatement()) {
      s.execute("SET GLOBAL log_output = 'TABLE'");
      s.execute("SET GLOBAL general_log = 1");
    }
  }

  @AfterAll
  static void generalLogOff() throws SQLException {
    if (db != null) {
      try (Statement s = db.createStatement()) {
        s.execute("SET GLOBAL general_log = 0");
      }
      db.close();
    }
  }

  /** The statements the server ran while the action ran, lower case. */
  private static List<String> statementsDuring(Runnable action) throws SQLException {
    Timestamp from = now();
    action.run();
    Timestamp to = now();
    List<String> statements = new ArrayList<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE event_time BETWEEN ? AND ? AND command_type IN ('Query', 'Execute')")) {
      q.setTimestamp(1, from);
      q.setTimestamp(2, to);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          statements.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return statements;
  }

  private static Timestamp now() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT NOW(6)")) {
      rs.next();
      return rs.getTimestamp(1);
    }
  }

  /** No run of any flow is writing: what the log shows is then the page's own work. */
  private static void quiet() {
    for (int i = 0; i < 300; i++) {
      boolean busy =
          Api.array(Api.get("/api/v1/runs?limit=1000", User.ADMIN)).stream()
              .anyMatch(r -> "IN_PROGRESS".equals(r.asJsonObject().getString("state")));
      if (!busy) {
        return;
      }
      Api.pause();
    }
  }

  @Test
  void theFlowsListReadsEachTableOnce() throws SQLException {
    for (int i = 0; i < 3; i++) {
      long flow = Api.createStandardFlow("list-queries");
      Api.importFile(flow, Api.csv(Api.HEADER));
    }
    WebSession admin = WebSession.loggedIn(User.ADMIN);
    // The general log has every connection's statements: a scheduled demo flow firing during the
    // request adds its own reads. A page reading once per flow does so every time; background
    // work does not: the best of three requests is the page's own.
    List<String> worst = List.of();
    for (int attempt = 0; attempt < 3; attempt++) {
      quiet();
      List<String> statements = statementsDuring(() -> WebSession.expect(200, admin.get("/flows")));
      worst = List.of();
      for (String table : List.of("run", "flow_mapping", "flow_required_field")) {
        List<String> reads =
            statements.stream().filter(s -> s.contains(" from " + table + " ")).toList();
        if (reads.size() != 1) {
          worst = reads;
        }
      }
      if (worst.isEmpty()) {
        return;
      }
    }
    List<String> shown = worst;
    assertEquals(1, shown.size(), () -> "reads of one table, three times in a row: " + shown);
  }

  @Test
  void theLatestRunsAreReadInIndexOrder() throws SQLException {
    quiet();
    List<String> reads =
        statementsDuring(() -> Api.expectStatus(200, Api.get("/api/v1/runs?limit=5", User.VIEWER)))
            .stream()
            .filter(s -> s.contains(" from run ") && s.contains("order by"))
            .toList();
    assertEquals(1, reads.size(), () -> "reads of run: " + reads);

    List<String> plan = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN " + reads.get(0))) {
      while (rs.next()) {
        plan.add(rs.getString("table") + ": " + rs.getString("Extra"));
      }
    }
    assertTrue(
        plan.stream().noneMatch(row -> row.contains("filesort")),
        () -> "the newest runs should come from an index, not a sort of every run: " + plan);
  }

  @Test
  void aReportPageTakesItsTotalsFromTheRunsCounters() throws SQLException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("report-queries");
    long run =
        Api.importFile(
                flow,
                Api.csv(
                    Api.HEADER,
                    "Q1-" + t + ",Ann,Query," + Api.email("ann", t) + ",2026-01-05",
                    "Q2-" + t + ",Bob,Query,not-an-email,2026-01-05"))
            .getJsonNumber("id")
            .longValue();
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    quiet();

    for (String query : List.of("", "?status=FAILURE")) {
      List<String> counts =
          statementsDuring(() -> WebSession.expect(200, viewer.get("/runs/" + run + query)))
              .stream()
              .filter(s -> s.contains("count(") && s.contains("run_line"))
              .toList();
      assertEquals(List.of(), counts, "counting lines for /runs/" + run + query);
    }
    List<String> searched =
        statementsDuring(() -> WebSession.expect(200, viewer.get("/runs/" + run + "?q=query")))
            .stream()
            .filter(s -> s.contains("run_line"))
            .toList();
    assertTrue(
        searched.stream().noneMatch(s -> s.contains("count(")),
        () -> "a search counts what it read, not with a count: " + searched);
    assertEquals(
        4,
        searched.stream().filter(s -> s.contains("_key >=")).count(),
        () -> "a search reads each of the four keys once: " + searched);
  }

  @Test
  void reportPagesReadRangesOfTheRunsIndexes() throws SQLException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("report-plans");
    long run = Api.importFile(flow, people(t, 120, "Plan", 7)).getJsonNumber("id").longValue();
    WebSession viewer = WebSession.loggedIn(User.VIEWER);
    quiet();

    for (String query : List.of("", "?status=FAILURE", "?after=60", "?before=90", "?last=1")) {
      List<String> reads = lineReads(viewer, "/runs/" + run + query);
      assertFalse(reads.isEmpty(), "no read of run_line for " + query);
      for (String read : reads) {
        List<String> plan = plan(read);
        assertTrue(
            plan.stream().noneMatch(p -> p.contains("filesort") || p.contains("type=all")),
            () -> query + " sorts or scans: " + read + " -> " + plan);
      }
    }
    List<String> search = lineReads(viewer, "/runs/" + run + "?q=" + Api.enc("plan11"));
    assertEquals(4, search.stream().filter(s -> s.contains("_key >=")).count(), search::toString);
    for (String read : search) {
      List<String> plan = plan(read);
      long keyed =
          plan.stream().filter(p -> p.contains("key=ix_run_line_") && p.contains("_key")).count();
      // Each key's range by that key's index; the lines found are then read by their key.
      long expected = read.contains("_key >=") ? 1 : 0;
      assertEquals(expected, keyed, () -> "search keys by their index: " + read + " -> " + plan);
      assertTrue(
          plan.stream().noneMatch(p -> p.contains("type=all") || p.contains("filesort")),
          () -> "a search scans or sorts: " + read + " -> " + plan);
    }
  }

  private static List<String> lineReads(WebSession session, String path) throws SQLException {
    return statementsDuring(() -> WebSession.expect(200, session.get(path))).stream()
        .filter(s -> s.startsWith("select") && s.contains("from run_line"))
        .toList();
  }

  private static List<String> plan(String statement) throws SQLException {
    List<String> plan = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN " + statement)) {
      while (rs.next()) {
        plan.add(
            ("table="
                    + rs.getString("table")
                    + " type="
                    + rs.getString("type")
                    + " key="
                    + rs.getString("key")
                    + " extra="
                    + rs.getString("Extra"))
                .toLowerCase(Locale.ROOT));
      }
    }
    return plan;
  }

  @Test
  void anImportLoadsItsLinesAndPeopleInBulk() throws SQLException {
    String t = Api.unique();
    long flow = Api.createStandardFlow("bulk-load");
    byte[] file = people(t, 300, "Load", 0);
    quiet();
    List<String> statements = statementsDuring(() -> Api.importFile(flow, file));
    for (String table : List.of("run_line", "person")) {
      assertTrue(
          statements.stream()
              .anyMatch(
                  s -> s.startsWith("load data local infile") && s.contains(" " + table + " ")),
          () -> "no bulk load into " + table);
      assertTrue(
          statements.stream().noneMatch(s -> s.startsWith("insert into " + table)),
          () -> "row inserts into " + table);
    }
  }

  /** A file of n people named {lastName}{i}; every brokenEvery-th email is broken (0: none). */
  private static byte[] people(String t, int n, String lastName, int brokenEvery) {
    List<String> rows = new ArrayList<>(List.of(Api.HEADER));
    for (int i = 0; i < n; i++) {
      boolean broken = brokenEvery > 0 && i % brokenEvery == 0;
      String email = broken ? "broken-" + i : Api.email(lastName.toLowerCase(Locale.ROOT) + i, t);
      rows.add(
          lastName + i + "-" + t + ",Anna" + i + "," + lastName + i + "," + email + ",2026-01-05");
    }
    return Api.csv(rows.toArray(String[]::new));
  }
}
