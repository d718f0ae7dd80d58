package com.passerelle.webhook;

import static com.passerelle.webhook.Claims.utc;

import com.passerelle.db.IdBlocks;
import com.passerelle.db.Jdbc;
import com.passerelle.db.MultiRowInsert;
import com.passerelle.failure.FailureLog;
import com.passerelle.monitor.TransactionDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what a worker's calls gave, in one transaction per batch: each attempt (numbered from the
 * message's count, unique), the message's new state (delivered, next queue of the cascade, or
 * failed), and a failure log entry per failed call. Fenced: only messages still leased to the
 * worker's token are written; one whose lease ran out and was taken by another worker is left to
 * that one (its call happened twice: at least once).
 */
@ApplicationScoped
public class DeliveryRecords {
  private static final MultiRowInsert ATTEMPTS =
      new MultiRowInsert(
          "webhook_attempt",
          "id",
          "message_id",
          "attempt_number",
          "started_at",
          "duration_ms",
          "http_status",
          "error_code",
          "error_detail",
          "response_excerpt",
          "claimed_by");

  private static final String UPDATE =
      "update webhook_message set status = ?, attempts = ?, next_attempt_at = ?, delivered_at = ?,"
          + " last_http_status = ?, last_error_code = ?, claimed_by = null, claimed_until = null"
          + " where id = ?";

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject FailureLog failures;

  /** One call's result; {@code permanent}: failed without retry (nothing a retry would fix). */
  public record Sent(Claims.Claimed message, DeliveryOutcome outcome, boolean permanent) {}

  /** Records the batch; returns how many messages were still ours. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int record(String token, List<Sent> batch, RetryCascade cascade, Instant now) {
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Long, Integer> owned = lockOwned(token, batch);
    if (owned.isEmpty()) {
      // every lease was lost (taken over, released): nothing to write. Never an empty batch: the
      // driver leaves a never-run statement without results, and Liberty's statement cache calls
      // getMoreResults() on close, which then throws a NullPointerException (MariaDB 3.5.11).
      return 0;
    }
    List<Object[]> attempts = new ArrayList<>();
    List<FailureLog.FailedCall> failed = new ArrayList<>();
    List<TransactionDays.Count> delivered = new ArrayList<>();
    Jdbc.on(
        em,
        c -> {
          long[] ids = IdBlocks.draw(c, "webhook_attempt_seq", owned.size());
          int next = 0;
          try (PreparedStatement u = c.prepareStatement(UPDATE)) {
            for (Sent sent : batch) {
              Integer before = owned.get(sent.message().id());
              if (before == null) {
                continue; // no longer ours
              }
              int number = before + 1;
              DeliveryOutcome o = sent.outcome();
              attempts.add(
                  new Object[] {
                    ids[next++],
                    sent.message().id(),
                    number,
                    utc(o.startedAt()),
                    o.durationMs(),
                    o.httpStatus(),
                    o.delivered() ? null : o.failureCode(),
                    cut(o.detail(), 1000),
                    cut(o.excerpt(), DeliveryAttempt.EXCERPT),
                    token
                  });
              bindUpdate(u, sent, number, cascade, now);
              u.addBatch();
              if (o.delivered()) {
                delivered.add(
                    TransactionDays.Count.success(
                        com.passerelle.catalog.IntegrationType.OUTBOUND_WEBHOOK,
                        sent.message().endpointId(),
                        1));
              } else {
                failed.add(
                    new FailureLog.FailedCall(
                        o.failureCode(), sent.message().endpointId(), sent.message().id()));
              }
            }
            u.executeBatch();
          }
          ATTEMPTS.insert(c, attempts);
          // deliveries accepted (2xx) to the day's roll-up, with the attempts that record them
          TransactionDays.add(c, TransactionDays.threadSlot(), delivered);
          return null;
        });
    failures.callsFailed(failed);
    return owned.size();
  }

  /** Locks the batch's messages still leased to this token, with their attempt counts. */
  private Map<Long, Integer> lockOwned(String token, List<Sent> batch) {
    List<Long> ids = batch.stream().map(s -> s.message().id()).toList();
    return Jdbc.on(
        em,
        c -> {
          Map<Long, Integer> owned = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select id, attempts from webhook_message where claimed_by = ? and id in ("
                      + Jdbc.placeholders(ids.size())
                      + ") for update")) {
            s.setString(1, token);
            Jdbc.bindAll(s, 2, ids);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                owned.put(rs.getLong(1), rs.getInt(2));
              }
            }
          }
          return owned;
        });
  }

  private static void bindUpdate(
      PreparedStatement u, Sent sent, int number, RetryCascade cascade, Instant now)
      throws java.sql.SQLException {
    DeliveryOutcome o = sent.outcome();
    MessageStatus status;
    Instant nextAttempt = now;
    if (o.delivered()) {
      status = MessageStatus.DELIVERED;
    } else {
      Optional<Instant> retry = sent.permanent() ? Optional.empty() : cascade.next(number, now);
      status = retry.isPresent() ? MessageStatus.PENDING : MessageStatus.FAILED;
      nextAttempt = retry.orElse(now);
    }
    u.setString(1, status.name());
    u.setInt(2, number);
    u.setObject(3, utc(nextAttempt));
    if (o.delivered()) {
      u.setObject(4, utc(now));
    } else {
      u.setNull(4, Types.TIMESTAMP);
    }
    if (o.httpStatus() == null) {
      u.setNull(5, Types.INTEGER);
    } else {
      u.setInt(5, o.httpStatus());
    }
    u.setString(6, o.delivered() ? null : cut(o.failureCode(), 40));
    u.setLong(7, sent.message().id());
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
