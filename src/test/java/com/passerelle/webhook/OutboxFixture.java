package com.passerelle.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes what the outbox would for the in-server tests, straight into the application's database: a
 * person, a leave account, an absence, and messages of its leaves for an endpoint. (The absence API
 * and its outbox come from the absences work; this test is about delivery.)
 */
final class OutboxFixture {
  private final DataSource ds;

  OutboxFixture(DataSource ds) {
    this.ds = ds;
  }

  /** A person (with this email, or none given: "") and an absence of theirs; its id. */
  long absence(String email) throws SQLException {
    try (Connection c = ds.getConnection()) {
      long person;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select next value for person_seq")) {
        rs.next();
        person = rs.getLong(1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into person (id, email, first_name, last_name, created_at)"
                  + " values (?, ?, 'Luca', 'Pacioli', ?)")) {
        s.setLong(1, person);
        s.setString(2, email.isEmpty() ? "no-email-" + UUID.randomUUID() + "@x.invalid" : email);
        s.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
        s.executeUpdate();
      }
      long account =
          insert(
              c,
              "insert into leave_account (name, category_id, category_name, unit)"
                  + " values ('Annual leave 2026', 1, 'Annual leave', 'DAYS')");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into absence (owner_id, account_id, start_date, starts_afternoon, end_date,"
                  + " ends_morning, status, created_at, version)"
                  + " values (?, ?, ?, false, ?, false, 'APPROVED', ?, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, person);
        s.setLong(2, account);
        s.setObject(3, LocalDate.of(2026, 4, 24));
        s.setObject(4, LocalDate.of(2026, 4, 24));
        s.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          long absence = keys.getLong(1);
          ownerOf.put(absence, new long[] {person});
          emails.put(absence, email);
          return absence;
        }
      }
    }
  }

  private final java.util.Map<Long, long[]> ownerOf = new java.util.HashMap<>();
  private final java.util.Map<Long, String> emails = new java.util.HashMap<>();

  /** Messages of the absence's leave ("{absence}-20260424-AM"), one per event, in this order. */
  List<Long> messages(long endpoint, long absence, String... events) throws SQLException {
    List<Long> ids = new ArrayList<>();
    String leave = absence + "-20260424-AM";
    try (Connection c = ds.getConnection()) {
      for (String event : events) {
        long id;
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select next value for webhook_message_seq")) {
          rs.next();
          id = rs.getLong(1);
        }
        String payload =
            "{\"id\":\""
                + leave
                + "\",\"date\":\"2026-04-24\",\"isAm\":true,\"owner\":{\"id\":"
                + ownerOf.get(absence)[0]
                + ",\"name\":\"Luca Pacioli\",\"email\":\""
                + emails.get(absence)
                + "\",\"employeeNumber\":\"00001\"},\"isConfirmed\":"
                + !event.equals("CREATED")
                + ",\"isCancelled\":false,\"cancellationDate\":\"\"}";
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into webhook_message (id, endpoint_id, absence_id, leave_id, leave_date,"
                    + " owner_id, event, payload, status, attempts, next_attempt_at, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
          LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
          s.setLong(1, id);
          s.setLong(2, endpoint);
          s.setLong(3, absence);
          s.setString(4, leave);
          s.setObject(5, LocalDate.of(2026, 4, 24));
          s.setLong(6, ownerOf.get(absence)[0]);
          s.setString(7, event);
          s.setString(8, payload);
          s.setObject(9, now);
          s.setObject(10, now);
          s.executeUpdate();
        }
        ids.add(id);
      }
    }
    return ids;
  }

  /** status, attempts, last_error_code of a message. */
  String[] state(long message) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select status, attempts, last_error_code, last_http_status from webhook_message"
                    + " where id = ?")) {
      s.setLong(1, message);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
      }
    }
  }

  /** The attempts' numbers and codes (http status or error code), in number order. */
  List<String> attempts(long message) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select attempt_number, http_status, error_code from webhook_attempt"
                    + " where message_id = ? order by attempt_number")) {
      s.setLong(1, message);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              rs.getInt(1) + ":" + (rs.getString(3) != null ? rs.getString(3) : rs.getString(2)));
        }
      }
    }
    return out;
  }

  /** The failure log's codes for a message. */
  List<String> failures(long endpoint, long message) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select error_code, integration_type from failure where endpoint_id = ?"
                    + " and message_id = ? order by id")) {
      s.setLong(1, endpoint);
      s.setLong(2, message);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(2) + ":" + rs.getString(1));
        }
      }
    }
    return out;
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
