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

/**
 * The administrator's to-do of webhooks (seed 002: "synchronisation errors are reported on the
 * dashboard of the administrator's to-do list"): the FAILED messages grouped by endpoint and cause,
 * counted by the database over index ix_webhook_message_todo (status, endpoint_id,
 * last_http_status, last_error_code), never read row by row. A group is exactly the messages still
 * FAILED: once re-synced (then delivered) or marked as processed they leave it, and a group with
 * none left is gone. Each group says whether a later delivery to its endpoint succeeded (the
 * receiver works again: re-syncing the group is worth it).
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

  public List<Group> groups() {
    List<Object[]> rows =
        em.createQuery(
                "select m.endpointId, m.lastHttpStatus, m.lastErrorCode, count(m), min(m.id),"
                    + " max(m.id) from WebhookMessage m where m.status = :failed"
                    + " group by m.endpointId, m.lastHttpStatus, m.lastErrorCode"
                    + " order by count(m) desc, m.endpointId",
                Object[].class)
            .setParameter("failed", MessageStatus.FAILED)
            .setMaxResults(MAX_GROUPS)
            .getResultList();
    Map<Long, WebhookEndpoint> endpoints = new java.util.HashMap<>();
    Map<Long, WebhookMessage> lastDelivered = new java.util.HashMap<>();
    List<Group> groups = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long endpointId = ((Number) r[0]).longValue();
      WebhookEndpoint e =
          endpoints.computeIfAbsent(endpointId, id -> em.find(WebhookEndpoint.class, id));
      WebhookMessage delivered = lastDelivered.computeIfAbsent(endpointId, this::lastDelivered);
      FailureCause cause =
          new FailureCause(r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2]);
      long lastId = ((Number) r[5]).longValue();
      String url = e == null ? null : e.getUrl();
      groups.add(
          new Group(
              endpointId,
              e == null ? "#" + endpointId : e.getName(),
              url,
              cause,
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              lastId,
              cause.explain(url),
              delivered == null ? null : delivered.getDeliveredAt(),
              delivered != null && delivered.getId() > lastId));
    }
    return groups;
  }

  /**
   * The endpoint's newest delivered message (one step down index (endpoint_id, status, id)), or
   * null. Ids grow with time on one server (blocks per server: close enough to say "later").
   */
  private WebhookMessage lastDelivered(long endpointId) {
    return em.createQuery(
            "select m from WebhookMessage m where m.endpointId = :e and m.status = :delivered"
                + " order by m.id desc",
            WebhookMessage.class)
        .setParameter("e", endpointId)
        .setParameter("delivered", MessageStatus.DELIVERED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
