package com.passerelle.webhook;

import com.passerelle.common.InvalidRequestException;

/**
 * Where a page of messages starts: after (older than) or, going back, before (newer than) one
 * message id. The list is newest id first, so the id alone is the keyset position.
 */
public record MessageCursor(long id, boolean backwards) {
  /**
   * From the {@code after} and {@code before} parameters (at most one); null for the first page.
   */
  public static MessageCursor of(String after, String before) {
    boolean hasAfter = after != null && !after.isBlank();
    boolean hasBefore = before != null && !before.isBlank();
    if (hasAfter && hasBefore) {
      throw new InvalidRequestException("Give after or before, not both.");
    }
    if (hasAfter) {
      return new MessageCursor(parse("after", after), false);
    }
    if (hasBefore) {
      return new MessageCursor(parse("before", before), true);
    }
    return null;
  }

  private static long parse(String name, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
      throw new InvalidRequestException(
          name + " must be a message id (a number), not \"" + value + "\"");
    }
    return Long.parseLong(v);
  }
}
