package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.absence.AbsenceChanged;
import com.passerelle.common.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MessageFilterTest {

  @Test
  void readsEveryFilterFromTheUrl() {
    MessageFilter f =
        MessageFilter.of("failed", "Approved", " dup ", "12", "2026-03-01", "2026-03-02", "7");
    assertEquals(MessageStatus.FAILED, f.status());
    assertEquals(AbsenceChanged.Event.APPROVED, f.event());
    assertEquals("dup", f.person());
    assertTrue(f.searchesPerson());
    assertNull(f.ownerId());
    assertEquals(12L, f.endpointId());
    assertEquals(7L, f.absenceId());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), f.since());
    assertEquals(Instant.parse("2026-03-03T00:00:00Z"), f.until(), "the last day is included");
    assertFalse(f.isEmpty());
  }

  @Test
  void nothingGivenIsTheWholeList() {
    MessageFilter f = MessageFilter.of(null, "", "  ", null, null, "", null);
    assertTrue(f.isEmpty());
    assertNull(f.since());
    assertNull(f.until());
  }

  @Test
  void aPersonWrittenAsANumberIsAnOwnerId() {
    assertEquals(134L, MessageFilter.of(null, null, "#134", null, null, null, null).ownerId());
    assertEquals(134L, MessageFilter.of(null, null, "134", null, null, null, null).ownerId());
    MessageFilter email = MessageFilter.of(null, null, "luca@", null, null, null, null);
    assertNull(email.ownerId());
    assertTrue(email.searchesPerson());
    assertNull(MessageFilter.of(null, null, "#", null, null, null, null).ownerId());
  }

  @Test
  void badValuesAreRefusedWithWhatToWrite() {
    var status =
        assertThrows(
            InvalidRequestException.class,
            () -> MessageFilter.of("lost", null, null, null, null, null, null));
    assertTrue(status.getMessage().contains("PENDING, DELIVERED, FAILED, PROCESSED"));
    var event =
        assertThrows(
            InvalidRequestException.class,
            () -> MessageFilter.of(null, "updated", null, null, null, null, null));
    assertTrue(event.getMessage().contains("created, approved, deleted"));
    assertThrows(
        InvalidRequestException.class,
        () -> MessageFilter.of(null, null, null, "abc", null, null, null));
    assertThrows(
        InvalidRequestException.class,
        () -> MessageFilter.of(null, null, null, null, null, null, "-3"));
    var date =
        assertThrows(
            InvalidRequestException.class,
            () -> MessageFilter.of(null, null, null, null, "01/03/2026", null, null));
    assertTrue(date.getMessage().contains("yyyy-mm-dd"));
    var swapped =
        assertThrows(
            InvalidRequestException.class,
            () -> MessageFilter.of(null, null, null, null, "2026-03-02", "2026-03-01", null));
    assertTrue(swapped.getMessage().contains("swap"));
    assertThrows(
        InvalidRequestException.class,
        () -> MessageFilter.of(null, null, "x".repeat(201), null, null, null, null));
  }

  @Test
  void cursorsAreMessageIds() {
    assertNull(MessageCursor.of(null, " "));
    assertEquals(new MessageCursor(42, false), MessageCursor.of("42", null));
    assertEquals(new MessageCursor(42, true), MessageCursor.of(null, "42"));
    assertThrows(InvalidRequestException.class, () -> MessageCursor.of("1", "2"));
    assertThrows(InvalidRequestException.class, () -> MessageCursor.of("1-2", null));
  }

  @Test
  void withStatusKeepsTheRest() {
    MessageFilter f = MessageFilter.of(null, null, null, "3", "2026-01-01", null, null);
    MessageFilter failed = f.withStatus(MessageStatus.FAILED);
    assertEquals(MessageStatus.FAILED, failed.status());
    assertEquals(3L, failed.endpointId());
    assertEquals(LocalDate.parse("2026-01-01"), failed.from());
  }

  @Test
  void controlCharactersAroundThePersonAreDroppedAsThePageDropsThem() {
    assertEquals(null, MessageFilter.of(null, null, "\u0000", null, null, null, null).person());
    assertEquals(null, MessageFilter.of(null, null, " \t\u0000 ", null, null, null, null).person());
    assertEquals(
        "dup", MessageFilter.of(null, null, "\u0000dup\u0000", null, null, null, null).person());
    assertEquals(
        "dup", MessageFilter.of(null, null, "\u2003dup ", null, null, null, null).person());
    for (String around : new String[] {"\u2003\u0000", "\u00a0", "\u200b", "\ufeff", "\u007f"}) {
      assertEquals(
          "dup",
          MessageFilter.of(null, null, around + "dup" + around, null, null, null, null).person(),
          around);
    }
    assertEquals(
        null, MessageFilter.of(null, null, "\u00a0\u200b", null, null, null, null).person());
  }
}
