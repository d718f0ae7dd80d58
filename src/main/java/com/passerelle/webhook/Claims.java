package com.passerelle.webhook;

import com.passerelle.db.Jdbc;
import com.passerelle.db.Vendor;
import com.passerelle.run.ServerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Takes due messages off the outbox for one worker, in a short transaction of its own: rows locked
 * with FOR UPDATE SKIP LOCKED (READ COMMITTED, see STACK.md: no deadlocks between workers), so two
 * workers or two servers never take the same message; then leased to the claim's token until a
 * deadline. A worker that dies leaves the lease to expire (or its server, restarted, releases it at
 * once): the message is sent again, at least once. A message waits while an earlier message of its
 * leave and endpoint is not delivered or processed, so a "deleted" never overtakes the "created" or
 * "approved" of its leave, retries included.
 */
@ApplicationScoped
public class Claims {
  static final String CLAIM = claim("");

  /**
   * MariaDB is told to check a message's earlier ones through (endpoint_id, leave_id, id): left to
   * itself it picked the (status, next_attempt_at) index and read every pending row per candidate,
   * which made each claim of a 20k backlog cost tens of milliseconds.
   */
  static final String CLAIM_MARIADB = claim(" force index (ix_webhook_message_leave)");

  private static String claim(String hint) {
    return "select m.id from webhook_message m"
        + " where m.status = 'PENDING' and m.next_attempt_at <= ?"
        + " and (m.claimed_until is null or m.claimed_until < ?)"
        + " and not exists (select 1 from webhook_message p"
        + hint
        + " where p.endpoint_id = m.endpoint_id and p.leave_id = m.leave_id and p.id < m.id"
        + " and p.status in ('PENDING', 'FAILED'))"
        + " order by m.next_attempt_at, m.id limit ? for update skip locked";
  }

  private static final String DETAILS =
      "select m.id, m.endpoint_id, m.event, m.payload, m.attempts, e.url, e.auth_key_sealed,"
          + " e.signing_secret_sealed, e.active"
          + " from webhook_message m join webhook_endpoint e on e.id = m.endpoint_id"
          + " where m.id in (%s) order by m.next_attempt_at, m.id";

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** A claimed message with what its call needs (the endpoint's secrets still sealed). */
  public record Claimed(
      long id,
      long endpointId,
      String event,
      String payload,
      int attempts,
      String url,
      String authKeySealed,
      String signingSecretSealed,
      boolean endpointActive) {}

  /** Up to {@code limit} due messages, leased to {@code token} until {@code until}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(String token, Instant now, Instant until, int limit) {
    return Jdbc.on(
        em,
        c -> {
          List<Long> ids = new ArrayList<>();
          String sql = Vendor.of(c) == Vendor.MARIADB ? CLAIM_MARIADB : CLAIM;
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, utc(now));
            s.setObject(2, utc(now));
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getLong(1));
              }
            }
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          String in = Jdbc.placeholders(ids.size());
          try (PreparedStatement s =
              c.prepareStatement(
                  "update webhook_message set claimed_by = ?, claimed_until = ? where id in ("
                      + in
                      + ")")) {
            s.setString(1, token);
            s.setObject(2, utc(until));
            Jdbc.bindAll(s, 3, ids);
            s.executeUpdate();
          }
          return details(c, ids, in);
        });
  }

  private static List<Claimed> details(java.sql.Connection c, List<Long> ids, String in)
      throws SQLException {
    List<Claimed> claimed = new ArrayList<>(ids.size());
    try (PreparedStatement s = c.prepareStatement(String.format(DETAILS, in))) {
      Jdbc.bindAll(s, 1, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claimed.add(
              new Claimed(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getBoolean(9)));
        }
      }
    }
    return claimed;
  }

  /**
   * This start of the server: its workers' tokens carry it, so the start-up release gives back what
   * an earlier start left and never a claim a worker of this start already holds (woken early, it
   * is sending those messages; released, another worker would send them a second time).
   */
  private static final String THIS_START =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

  /** A new claim token: this server, this start, one worker's round. */
  static String token() {
    return ServerIdentity.ID
        + "#"
        + THIS_START
        + "."
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  /**
   * Gives back the leases this server held before it stopped (a crash, kill -9): restarted, the
   * server sends them again at once instead of waiting for the leases to run out.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int releaseEarlierClaims() {
    return Jdbc.on(em, Claims::releaseEarlier);
  }

  static int releaseEarlier(Connection c) throws SQLException {
    String mine = escapeLike(ServerIdentity.ID) + "#";
    try (PreparedStatement s =
        c.prepareStatement(
            "update webhook_message set claimed_by = null, claimed_until = null"
                + " where status = 'PENDING' and claimed_by like ? and claimed_by not like ?")) {
      s.setString(1, mine + "%");
      s.setString(2, mine + THIS_START + ".%");
      return s.executeUpdate();
    }
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
