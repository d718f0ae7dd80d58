package com.passerelle.webhook;

import com.passerelle.catalog.ExplainedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's to-do of webhooks (seed 002: "synchronisation errors are reported on the
 * dashboard of the administrator's to-do list"): the FAILED messages grouped by endpoint and cause,
 * counted by the database over index ix_webhook_message_todo (status, endpoint_id,
 * last_http_status, last_error_code), never read row by row. A group is exactly the messages still
 * FAILED: once re-synced (then delivered) or marked as processed they leave it, and a group with
 * none left is gone. Each group says whether a delivery to its endpoint succeeded after its last
 * failure (the receiver works again: re-syncing the group is worth it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminTodo {
  /** Groups shown; more means many endpoints fail in many ways at once. */
  public static final int MAX_GROUPS = 200;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** One group: an endpoint, a cause, how many messages, the explanation and what came after. */
  public record Group(
      long endpointId,
      String endpointName,
      String endpointUrl,
      FailureCause cause,
      long count,
      long firstMessageId,
      long lastMessageId,
      Instant lastFailedAt,
      ExplainedMessage explanation,
      Instant lastDeliveredAt,
      boolean deliveredSince) {
    /** A stable key of the group for pages and tests ({@code endpoint:status:code}). */
    public String key() {
      return endpointId
          + ":"
          + (cause.httpStatus() == null ? "" : cause.httpStatus())
          + ":"
          + (cause.errorCode() == null ? "" : cause.errorCode());
    }
  }

  public List<Group> groups(boolean admin) {
    List<Object[]> rows =
        em.createQuery(
                "select m.endpointId, m.lastHttpStatus, m.lastErrorCode, count(m), min(m.id),"
                    + " max(m.id), max(m.nextAttemptAt) from WebhookMessage m"
                    + " where m.status = :failed"
                    + " group by m.endpointId, m.lastHttpStatus, m.lastErrorCode"
                    + " order by count(m) desc, m.endpointId",
                Object[].class)
            .setParameter("failed", MessageStatus.FAILED)
            .setMaxResults(MAX_GROUPS)
            .getResultList();
    Map<Long, WebhookEndpoint> endpoints = new java.util.HashMap<>();
    Map<Long, Optional<Instant>> lastDelivered = new java.util.HashMap<>();
    List<Group> groups = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long endpointId = ((Number) r[0]).longValue();
      WebhookEndpoint e =
          endpoints.computeIfAbsent(endpointId, id -> em.find(WebhookEndpoint.class, id));
      Instant delivered =
          lastDelivered.computeIfAbsent(endpointId, this::lastDelivered).orElse(null);
      FailureCause cause =
          new FailureCause(r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2]);
      long lastId = ((Number) r[5]).longValue();
      Instant lastFailed = (Instant) r[6];
      String url = e == null ? null : WebhookUrls.shownTo(admin, e.getUrl());
      groups.add(
          new Group(
              endpointId,
              e == null ? "#" + endpointId : e.getName(),
              url,
              cause,
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              lastId,
              lastFailed,
              cause.explain(url),
              delivered,
              delivered != null && lastFailed != null && delivered.isAfter(lastFailed)));
    }
    return groups;
  }

  /** When the endpoint's last delivery succeeded (index (endpoint_id, delivered_at)), if ever. */
  private Optional<Instant> lastDelivered(long endpointId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(m.deliveredAt) from WebhookMessage m where m.endpointId = :e",
                Instant.class)
            .setParameter("e", endpointId)
            .getSingleResult());
  }
}
