package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim query itself, on H2 (the server's embedded database): what is due, in which order. */
class ClaimsQueryTest {
  private static final AtomicInteger DB = new AtomicInteger();
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 0);

  private String url;
  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    url = "jdbc:h2:mem:claims" + DB.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    c = DriverManager.getConnection(url);
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table webhook_message (id bigint primary key, endpoint_id bigint not null,"
              + " leave_id varchar(60) not null, status varchar(20) not null,"
              + " next_attempt_at timestamp(6) not null, claimed_until timestamp(6))");
      s.execute("create index ix_due on webhook_message (status, next_attempt_at)");
      s.execute("create index ix_leave on webhook_message (endpoint_id, leave_id, id)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("drop all objects");
    }
    c.close();
  }

  private void message(long id, long endpoint, String leave, String status, int dueInSeconds)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("insert into webhook_message values (?, ?, ?, ?, ?, null)")) {
      s.setLong(1, id);
      s.setLong(2, endpoint);
      s.setString(3, leave);
      s.setString(4, status);
      s.setObject(5, NOW.plusSeconds(dueInSeconds));
      s.executeUpdate();
    }
  }

  private void set(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static List<Long> claim(Connection on, int limit) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = on.prepareStatement(Claims.CLAIM)) {
      s.setObject(1, NOW);
      s.setObject(2, NOW);
      s.setInt(3, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  @Test
  void aLaterMessageOfALeaveWaitsUntilTheEarlierOneIsDeliveredOrProcessed() throws SQLException {
    message(1, 7, "100-20260302-AM", "PENDING", -60); // created
    message(2, 7, "100-20260302-AM", "PENDING", -60); // approved, written after
    message(3, 7, "100-20260302-PM", "PENDING", -30);
    message(4, 8, "100-20260302-AM", "PENDING", -10); // another endpoint: its own order
    assertEquals(List.of(1L, 3L, 4L), claim(c, 10));

    set("update webhook_message set status = 'FAILED' where id = 1");
    assertEquals(List.of(3L, 4L), claim(c, 10), "a failed earlier message holds the later one");

    set("update webhook_message set status = 'PROCESSED' where id = 1");
    assertEquals(List.of(2L, 3L, 4L), claim(c, 10));

    set("update webhook_message set status = 'DELIVERED' where id in (1, 2, 3)");
    message(5, 7, "100-20260302-AM", "PENDING", -5); // deleted
    assertEquals(List.of(4L, 5L), claim(c, 10));
  }

  @Test
  void aMessageIsDueWhenItsTimeCameAndNobodyHoldsIt() throws SQLException {
    message(1, 7, "a", "PENDING", 60); // waiting in a queue of the cascade
    message(2, 7, "b", "PENDING", -60);
    message(3, 7, "c", "PENDING", -50);
    message(4, 7, "d", "PENDING", -40);
    message(5, 7, "e", "DELIVERED", -40);
    set("update webhook_message set claimed_until = '2026-03-02 08:05:00' where id = 3");
    set("update webhook_message set claimed_until = '2026-03-02 07:59:00' where id = 4");
    assertEquals(List.of(2L, 4L), claim(c, 10), "a live lease holds 3; 4's lease ran out");
    assertEquals(List.of(2L), claim(c, 1), "oldest due first");
  }

  @Test
  void twoWorkersNeverGetTheSameMessage() throws SQLException {
    for (long id = 1; id <= 6; id++) {
      message(id, 7, "leave-" + id, "PENDING", -60);
    }
    try (Connection a = DriverManager.getConnection(url);
        Connection b = DriverManager.getConnection(url)) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      a.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      b.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      List<Long> first = claim(a, 3); // locks held until a commits
      List<Long> second = claim(b, 3); // skips them instead of waiting
      assertEquals(List.of(1L, 2L, 3L), first);
      // MariaDB skips to 4, 5, 6; H2 applies the limit before skipping and finds nothing: a worker
      // finding nothing stops, so H2 (one embedded server) sends with fewer workers at once.
      assertTrue(second.isEmpty() || second.equals(List.of(4L, 5L, 6L)), second.toString());
      try (Statement lease = a.createStatement()) {
        lease.executeUpdate(
            "update webhook_message set claimed_until = '2026-03-02 08:10:00' where id <= 3");
      }
      a.commit(); // the claim's transaction ends: its lease now keeps the others off
      b.rollback();
      assertEquals(List.of(4L, 5L, 6L), claim(b, 3));
      a.rollback();
      b.rollback();
    }
  }

  @Test
  void theStartUpReleaseGivesBackAnEarlierStartsClaimsOnly() throws SQLException {
    message(1, 1, "a", "PENDING", 0);
    message(2, 1, "b", "PENDING", 0);
    message(3, 1, "c", "PENDING", 0);
    set("alter table webhook_message add column claimed_by varchar(200)");
    String earlier = com.passerelle.run.ServerIdentity.ID + "#0000abcd.12345678";
    String now = Claims.token();
    set("update webhook_message set claimed_until = timestamp '2026-03-02 08:05:00'");
    set("update webhook_message set claimed_by = '" + earlier + "' where id = 1");
    set("update webhook_message set claimed_by = '" + now + "' where id = 2");
    set("update webhook_message set claimed_by = 'other-host:srv:1#0000abcd.1' where id = 3");

    assertEquals(1, Claims.releaseEarlier(c), "the earlier start's claim only");
    List<String> owners = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select claimed_by from webhook_message order by id")) {
      while (rs.next()) {
        owners.add(rs.getString(1));
      }
    }
    assertEquals(java.util.Arrays.asList(null, now, "other-host:srv:1#0000abcd.1"), owners);
  }
}
