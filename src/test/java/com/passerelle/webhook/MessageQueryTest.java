package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.absence.AbsenceChanged;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page query: the filter's conditions, the keyset bound, id order; nothing else. */
class MessageQueryTest {

  @Test
  void firstPageOfEverythingIsTheNewestIds() {
    MessageQuery q = MessageQuery.page(MessageFilter.ALL, null, null);
    assertEquals("select m from WebhookMessage m order by m.id desc", q.jpql());
    assertTrue(q.params().isEmpty());
  }

  @Test
  void everyFilterIsOneConditionWithItsParameter() {
    MessageFilter f =
        MessageFilter.of("FAILED", "deleted", null, "5", "2026-03-01", "2026-03-31", "77");
    MessageQuery q = MessageQuery.page(f, List.of(1L, 2L), new MessageCursor(900, false));
    assertEquals(
        "select m from WebhookMessage m where m.status = :status and m.event = :event"
            + " and m.endpointId = :endpoint and m.absenceId = :absence"
            + " and m.ownerId in :owners and m.createdAt >= :since and m.createdAt < :until"
            + " and m.id < :cursor order by m.id desc",
        q.jpql());
    assertEquals(MessageStatus.FAILED, q.params().get("status"));
    assertEquals(AbsenceChanged.Event.DELETED, q.params().get("event"));
    assertEquals(5L, q.params().get("endpoint"));
    assertEquals(77L, q.params().get("absence"));
    assertEquals(List.of(1L, 2L), q.params().get("owners"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), q.params().get("since"));
    assertEquals(Instant.parse("2026-04-01T00:00:00Z"), q.params().get("until"));
    assertEquals(900L, q.params().get("cursor"));
  }

  @Test
  void goingBackReadsNewerIdsUpwards() {
    MessageQuery q =
        MessageQuery.page(
            MessageFilter.of(null, null, "#8", null, null, null, null),
            List.of(8L),
            new MessageCursor(500, true));
    assertEquals(
        "select m from WebhookMessage m where m.ownerId = :owner and m.id > :cursor"
            + " order by m.id asc",
        q.jpql());
    assertEquals(8L, q.params().get("owner"));
  }

  @Test
  void bulkResyncTakesFailedMessagesOfTheFilterAndCause() {
    MessageFilter f = MessageFilter.of(null, null, null, "5", "2026-03-01", null, null);
    MessageQuery all = MessageQuery.failedIds(f, null);
    assertEquals(
        "select m.id from WebhookMessage m where m.status = :status and m.endpointId = :endpoint"
            + " and m.createdAt >= :since order by m.id",
        all.jpql());
    assertEquals(MessageStatus.FAILED, all.params().get("status"));
    assertFalse(all.params().containsKey("until"));

    MessageQuery http = MessageQuery.failedIds(f, new FailureCause(401, null));
    assertTrue(http.jpql().contains("m.lastHttpStatus = :http and m.lastErrorCode is null"));
    assertEquals(401, http.params().get("http"));

    MessageQuery ours = MessageQuery.failedIds(f, new FailureCause(null, "WEBHOOK_TIMEOUT"));
    assertTrue(ours.jpql().contains("m.lastHttpStatus is null and m.lastErrorCode = :error"));
    assertEquals("WEBHOOK_TIMEOUT", ours.params().get("error"));
  }

  @Test
  void causesNameTheirCatalogCode() {
    assertEquals("401", new FailureCause(401, null).code());
    assertEquals("WEBHOOK_TIMEOUT", new FailureCause(null, "WEBHOOK_TIMEOUT").code());
    assertTrue(new FailureCause(500, null).failed());
    assertFalse(new FailureCause(204, null).failed());
    assertTrue(new FailureCause(null, "WEBHOOK_TLS").failed());
  }
}
