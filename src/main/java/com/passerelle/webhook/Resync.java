package com.passerelle.webhook;

import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Re-sync (seed 002: "in the event of an error, re-sync the event manually"): a failed message, or
 * one waiting for its next retry, is due again now; its attempts are kept and the next one is
 * numbered after them. Only errors are re-synced: a delivered or processed message is settled
 * (409), one never tried yet goes by itself. A message a worker holds right now (claim not expired)
 * is left alone (409): the worker's answer decides it. The update is one conditional statement, so
 * a worker's claim and a re-sync cannot both win.
 */
@ApplicationScoped
@Transactional
public class Resync {
  /** A bulk re-sync takes at most this many messages per call (the page says when more remain). */
  public static final int BULK_MAX = 5000;

  private static final int IN_LIST = 1000;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject MessageQueries queries;

  /**
   * Wakes the delivery workers once the re-sync committed (as the outbox does), not at the poll.
   */
  @Inject Event<MessagesWritten> due;

  /** Makes one message due now; throws when its state does not allow it. */
  public WebhookMessage one(long id) {
    WebhookMessage m = queries.message(id);
    Instant now = Instant.now();
    int changed =
        em.createQuery(
                "update WebhookMessage m set m.status = :pending, m.nextAttemptAt = :now"
                    + " where m.id = :id and (m.status = :failed"
                    + " or (m.status = :pending and m.attempts > 0))"
                    + " and (m.claimedUntil is null or m.claimedUntil < :now)")
            .setParameter("pending", MessageStatus.PENDING)
            .setParameter("failed", MessageStatus.FAILED)
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate();
    if (changed == 0) {
      em.refresh(m);
      throw new MessageStateException(refusal(m, now));
    }
    em.refresh(m);
    due.fire(new MessagesWritten(1));
    return m;
  }

  /** How many messages a bulk re-sync made due, and whether failed ones of the filter remain. */
  public record Outcome(int resynced, boolean more) {}

  /**
   * Makes the FAILED messages of one endpoint over a period (optionally of one cause) due now, at
   * most {@link #BULK_MAX}: ids read on the index (endpoint_id, status, id), then updated by id.
   */
  public Outcome failedOf(MessageFilter filter, FailureCause cause) {
    if (filter.endpointId() == null) {
      throw new InvalidRequestException("Choose the endpoint whose failed messages to re-sync.");
    }
    MessageQuery q = MessageQuery.failedIds(filter, cause);
    var select = em.createQuery(q.jpql(), Long.class);
    q.params().forEach(select::setParameter);
    List<Long> ids = select.setMaxResults(BULK_MAX + 1).getResultList();
    boolean more = ids.size() > BULK_MAX;
    List<Long> taken = more ? ids.subList(0, BULK_MAX) : ids;
    Instant now = Instant.now();
    int changed = 0;
    for (int from = 0; from < taken.size(); from += IN_LIST) {
      changed +=
          em.createQuery(
                  "update WebhookMessage m set m.status = :pending, m.nextAttemptAt = :now"
                      + " where m.id in :ids and m.status = :failed")
              .setParameter("pending", MessageStatus.PENDING)
              .setParameter("failed", MessageStatus.FAILED)
              .setParameter("now", now)
              .setParameter("ids", taken.subList(from, Math.min(taken.size(), from + IN_LIST)))
              .executeUpdate();
    }
    if (changed > 0) {
      due.fire(new MessagesWritten(changed));
    }
    return new Outcome(changed, more);
  }

  static String refusal(WebhookMessage m, Instant now) {
    if (m.getClaimedUntil() != null && !m.getClaimedUntil().isBefore(now)) {
      return "Message "
          + m.getId()
          + " is being sent right now: its answer decides what happens next. Look again in a few"
          + " seconds.";
    }
    return switch (m.getStatus()) {
      case DELIVERED -> "Message " + m.getId() + " was delivered: there is nothing to re-sync.";
      case PROCESSED ->
          "Message " + m.getId() + " was marked as processed: it is no longer an error.";
      case PENDING ->
          "Message "
              + m.getId()
              + " has not been tried yet: it goes as soon as the messages before it for this leave"
              + " are settled.";
      case FAILED -> "Message " + m.getId() + " could not be re-synced: try again.";
    };
  }
}
