package com.passerelle.webhook;

import com.passerelle.absence.AbsenceOwners;
import com.passerelle.common.NotFoundException;
import com.passerelle.people.PeopleLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the tracking pages read: a page of messages (keyset by id, {@link MessageQuery}), one
 * message and its attempts, bounded counts per status. Nothing here counts or reads all messages: a
 * page stops at its size, a count at {@link #COUNT_CAP}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageQueries {
  public static final int PAGE_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** A status count stops here; pages show "1,000+". */
  public static final int COUNT_CAP = 1000;

  /** The person filter takes at most this many profiles (a longer text narrows it). */
  public static final int MAX_PEOPLE = 50;

  /** Attempts shown on a message's page (a message has a handful; re-syncs add one each). */
  public static final int MAX_ATTEMPTS = 200;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject PeopleLookup people;
  @Inject AbsenceOwners absenceOwners;

  public MessagePage page(MessageFilter filter, MessageCursor cursor, int size) {
    int limit = Math.max(1, Math.min(MAX_SIZE, size));
    List<Long> owners = null;
    int matched = 0;
    if (filter.ownerId() != null) {
      owners = List.of(filter.ownerId());
    } else if (filter.searchesPerson()) {
      owners = absenceOwners.idsByPrefix(filter.person(), MAX_PEOPLE);
      matched = owners.size();
      if (owners.isEmpty() || owners.size() > MAX_PEOPLE) {
        return MessagePage.empty(matched, owners.size() > MAX_PEOPLE);
      }
    }
    MessageQuery q = MessageQuery.page(filter, owners, cursor);
    var query = em.createQuery(q.jpql(), WebhookMessage.class);
    q.params().forEach(query::setParameter);
    List<WebhookMessage> found = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
    boolean more = found.size() > limit;
    if (more) {
      found = found.subList(0, limit);
    }
    boolean backwards = cursor != null && cursor.backwards();
    if (backwards) {
      found = new ArrayList<>(found);
      Collections.reverse(found);
    }
    Long first = found.isEmpty() ? null : found.get(0).getId();
    Long last = found.isEmpty() ? null : found.get(found.size() - 1).getId();
    Long next;
    Long previous;
    if (backwards) {
      next = last == null ? cursor.id() + 1 : last; // older ones exist: we came from there
      previous = more ? first : null;
    } else {
      next = more ? last : null;
      previous = cursor == null || first == null ? null : first;
    }
    boolean notFirst = backwards ? more : cursor != null;
    return new MessagePage(List.copyOf(found), next, previous, notFirst, matched, false);
  }

  public WebhookMessage message(long id) {
    WebhookMessage m = em.find(WebhookMessage.class, id);
    if (m == null) {
      throw new NotFoundException("Webhook message", id);
    }
    return m;
  }

  /** The message's attempts in order (unique index (message_id, attempt_number)). */
  public List<DeliveryAttempt> attempts(long messageId) {
    return em.createQuery(
            "select a from DeliveryAttempt a where a.messageId = :id order by a.attemptNumber",
            DeliveryAttempt.class)
        .setParameter("id", messageId)
        .setMaxResults(MAX_ATTEMPTS)
        .getResultList();
  }

  /**
   * Messages per status, each count stopping at {@link #COUNT_CAP} + 1 (index (status, id), or
   * (endpoint_id, status, id) for one endpoint).
   */
  public Map<MessageStatus, Integer> counts(Long endpointId) {
    Map<MessageStatus, Integer> counts = new EnumMap<>(MessageStatus.class);
    for (MessageStatus s : MessageStatus.values()) {
      String sql =
          "select count(*) from (select id from webhook_message where status = ?1"
              + (endpointId == null ? "" : " and endpoint_id = ?2")
              + " limit "
              + (COUNT_CAP + 1)
              + ") x";
      var q = em.createNativeQuery(sql).setParameter(1, s.name());
      if (endpointId != null) {
        q.setParameter(2, endpointId);
      }
      counts.put(s, ((Number) q.getSingleResult()).intValue());
    }
    return counts;
  }

  /** Endpoint names by id (a handful of rows: customers have a few endpoints). */
  public Map<Long, WebhookEndpoint> endpoints() {
    Map<Long, WebhookEndpoint> byId = new java.util.LinkedHashMap<>();
    em.createQuery("select e from WebhookEndpoint e order by e.name", WebhookEndpoint.class)
        .setMaxResults(1000)
        .getResultList()
        .forEach(e -> byId.put(e.getId(), e));
    return byId;
  }

  /** Owners' display names for a page of messages. */
  public Map<Long, String> ownerNames(List<WebhookMessage> messages) {
    return people.names(messages.stream().map(WebhookMessage::getOwnerId).distinct().toList());
  }
}
