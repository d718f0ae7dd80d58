package com.passerelle.webhook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JPQL of one page of messages: the filter's conditions, each one an index's leading
 * column (status, endpoint, owner, absence, created_at: V20/V23), plus the keyset bound on id, in
 * id order, so the database stops after {@code limit} rows whatever the table holds. Pure: unit
 * tests read the text and parameters it builds.
 */
public record MessageQuery(String jpql, Map<String, Object> params) {
  /**
   * The page's query. {@code owners}: the owner ids the person filter stands for (null: no person
   * filter; never empty, the caller answers an empty page itself).
   */
  public static MessageQuery page(MessageFilter filter, Collection<Long> owners, MessageCursor c) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = conditions(filter, owners, params);
    boolean ascending = c != null && c.backwards();
    if (c != null) {
      where.add(ascending ? "m.id > :cursor" : "m.id < :cursor");
      params.put("cursor", c.id());
    }
    String jpql =
        "select m from WebhookMessage m"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + (ascending ? " order by m.id asc" : " order by m.id desc");
    return new MessageQuery(jpql, params);
  }

  /**
   * The ids of the messages of the filter (and of one cause, when given) that are still FAILED,
   * oldest first: what a bulk re-sync takes (index (endpoint_id, status, id), or the to-do's).
   */
  public static MessageQuery failedIds(MessageFilter filter, FailureCause cause) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = conditions(filter.withStatus(MessageStatus.FAILED), null, params);
    if (cause != null) { // one to-do group: null columns are a value of the group's key too
      if (cause.httpStatus() == null) {
        where.add("m.lastHttpStatus is null");
      } else {
        where.add("m.lastHttpStatus = :http");
        params.put("http", cause.httpStatus());
      }
      if (cause.errorCode() == null) {
        where.add("m.lastErrorCode is null");
      } else {
        where.add("m.lastErrorCode = :error");
        params.put("error", cause.errorCode());
      }
    }
    return new MessageQuery(
        "select m.id from WebhookMessage m where " + String.join(" and ", where) + " order by m.id",
        params);
  }

  static List<String> conditions(
      MessageFilter filter, Collection<Long> owners, Map<String, Object> params) {
    List<String> where = new ArrayList<>();
    if (filter.status() != null) {
      where.add("m.status = :status");
      params.put("status", filter.status());
    }
    if (filter.event() != null) {
      where.add("m.event = :event");
      params.put("event", filter.event());
    }
    if (filter.endpointId() != null) {
      where.add("m.endpointId = :endpoint");
      params.put("endpoint", filter.endpointId());
    }
    if (filter.absenceId() != null) {
      where.add("m.absenceId = :absence");
      params.put("absence", filter.absenceId());
    }
    if (owners != null) {
      if (owners.size() == 1) {
        where.add("m.ownerId = :owner");
        params.put("owner", owners.iterator().next());
      } else {
        where.add("m.ownerId in :owners");
        params.put("owners", List.copyOf(owners));
      }
    }
    if (filter.since() != null) {
      where.add("m.createdAt >= :since");
      params.put("since", filter.since());
    }
    if (filter.until() != null) {
      where.add("m.createdAt < :until");
      params.put("until", filter.until());
    }
    return where;
  }
}
