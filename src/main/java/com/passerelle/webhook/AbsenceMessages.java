package com.passerelle.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages an absence's changes wrote, oldest first, a page at a time (keyset on the id, a
 * range of the index (absence_id, id): the foreign key's, then V23's): what its detail page and
 * {@code GET /api/v1/absences/{id}/messages} show. Read only; the tracking pages own the rest.
 */
@ApplicationScoped
@Transactional
public class AbsenceMessages {
  public static final int PAGE_SIZE = 100;
  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** A page of messages and the cursor of the next one (null at the end). */
  public record Page(List<WebhookMessage> messages, Long next, int size) {}

  public Page of(long absenceId, Long after, int size) {
    int safe = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    List<WebhookMessage> found =
        new ArrayList<>(
            em.createQuery(
                    "select m from WebhookMessage m where m.absenceId = :absence and m.id > :after"
                        + " order by m.id",
                    WebhookMessage.class)
                .setParameter("absence", absenceId)
                .setParameter("after", after == null ? 0L : after)
                .setMaxResults(safe + 1)
                .getResultList());
    Long next = null;
    if (found.size() > safe) {
      found.remove(safe);
      next = found.get(safe - 1).getId();
    }
    return new Page(found, next, safe);
  }
}
