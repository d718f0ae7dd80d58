package com.passerelle.webhook;

import com.passerelle.common.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Mark as processed (seed 002): an admin settles a failed or waiting message by hand (the customer
 * fixed the data themself, the event is obsolete). It no longer counts as an error, leaves the
 * to-do, and later messages of the same leave may go (the claim treats PROCESSED as settled). Who,
 * when and an optional note are kept. One conditional update: a message a worker holds right now is
 * refused (409), never changed under it.
 */
@ApplicationScoped
@Transactional
public class MarkProcessed {
  public static final int MAX_NOTE = 1000;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject MessageQueries queries;

  public WebhookMessage mark(long id, String by, String note) {
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidRequestException(
          "The note is " + text.length() + " characters long: at most " + MAX_NOTE + ".");
    }
    WebhookMessage m = queries.message(id);
    Instant now = Instant.now();
    int changed =
        em.createQuery(
                "update WebhookMessage m set m.status = :processed, m.processedBy = :by,"
                    + " m.processedAt = :now, m.processedNote = :note"
                    + " where m.id = :id and m.status in (:failed, :pending)"
                    + " and (m.claimedUntil is null or m.claimedUntil < :now)")
            .setParameter("processed", MessageStatus.PROCESSED)
            .setParameter("failed", MessageStatus.FAILED)
            .setParameter("pending", MessageStatus.PENDING)
            .setParameter("by", by)
            .setParameter("now", now)
            .setParameter("note", text)
            .setParameter("id", id)
            .executeUpdate();
    em.refresh(m);
    if (changed == 0) {
      throw new MessageStateException(refusal(m, now));
    }
    return m;
  }

  private static String refusal(WebhookMessage m, Instant now) {
    if (m.getClaimedUntil() != null && !m.getClaimedUntil().isBefore(now)) {
      return Resync.refusal(m, now);
    }
    return switch (m.getStatus()) {
      case DELIVERED -> "Message " + m.getId() + " was delivered: it is not an error.";
      case PROCESSED ->
          "Message "
              + m.getId()
              + " was already marked as processed by "
              + m.getProcessedBy()
              + " at "
              + m.getProcessedAt()
              + ".";
      default -> "Message " + m.getId() + " could not be marked as processed: try again.";
    };
  }
}
