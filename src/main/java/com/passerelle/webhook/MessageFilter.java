package com.passerelle.webhook;

import com.passerelle.absence.AbsenceChanged;
import com.passerelle.common.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The tracking page's filters, all from the URL (so a filtered list can be bookmarked and sent):
 * status, event, person (a name or email prefix, or {@code #id} / a bare number for an owner id),
 * endpoint id, period of creation (UTC days, both ends included) and absence id. Every field is
 * optional; null means "any".
 */
public record MessageFilter(
    MessageStatus status,
    AbsenceChanged.Event event,
    String person,
    Long endpointId,
    LocalDate from,
    LocalDate to,
    Long absenceId) {
  /** A person text longer than this cannot be a prefix of a name or an email. */
  public static final int MAX_PERSON = 200;

  public static final MessageFilter ALL =
      new MessageFilter(null, null, null, null, null, null, null);

  public static MessageFilter of(
      String status,
      String event,
      String person,
      String endpoint,
      String from,
      String to,
      String absence) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidRequestException(
          "The period starts (" + start + ") after it ends (" + end + "): swap the two dates.");
    }
    // Invisible characters at either end are dropped here, for the page and the API alike (the
    // page's WebRequest.param drops fewer of them first), so both find the same people.
    String who = person == null ? null : trimmed(person);
    if (who != null && who.isEmpty()) {
      who = null;
    }
    if (who != null && who.length() > MAX_PERSON) {
      throw new InvalidRequestException(
          "person must be at most " + MAX_PERSON + " characters (the start of a name or email)");
    }
    return new MessageFilter(
        status(status),
        event(event),
        who,
        id("endpoint", endpoint),
        start,
        end,
        id("absence", absence));
  }

  /**
   * The text without what no one types on purpose at either end, in any order: controls (C0, DEL,
   * C1), spaces of any kind (U+00A0, U+2003...) and format characters (zero-width, BOM).
   */
  static String trimmed(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && invisible(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && invisible(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  private static boolean invisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** The owner id the person text names ({@code 134} or {@code #134}), or null for a search. */
  public Long ownerId() {
    if (person == null) {
      return null;
    }
    String digits = person.startsWith("#") ? person.substring(1) : person;
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(digits);
  }

  /** Whether the person text is a name or email prefix to look up in the directory. */
  public boolean searchesPerson() {
    return person != null && ownerId() == null;
  }

  /** The first instant of the period, or null. */
  public Instant since() {
    return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period (its last day included), or null. */
  public Instant until() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** True when nothing narrows the list. */
  public boolean isEmpty() {
    return equals(ALL);
  }

  /** The same filter with another status (the status tabs). */
  public MessageFilter withStatus(MessageStatus other) {
    return new MessageFilter(other, event, person, endpointId, from, to, absenceId);
  }

  private static MessageStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MessageStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "status must be one of PENDING, DELIVERED, FAILED, PROCESSED, not \"" + value + "\"");
    }
  }

  private static AbsenceChanged.Event event(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AbsenceChanged.Event.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "event must be one of created, approved, deleted, not \"" + value + "\"");
    }
  }

  private static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
      throw new InvalidRequestException(name + " must be an id (a number), not \"" + value + "\"");
    }
    return Long.parseLong(v);
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.strip());
      if (d.getYear() < 2000 || d.getYear() > 9999) {
        throw new InvalidRequestException(name + " must be a date between 2000 and 9999: " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " must be a date written yyyy-mm-dd (e.g. 2026-03-01), not \"" + value + "\"");
    }
  }
}
