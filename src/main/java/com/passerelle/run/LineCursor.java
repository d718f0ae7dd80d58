package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;

/**
 * Where a page of lines starts: the first page, after a line number, before one, or the last page.
 * Keyset paging: a page reads the lines it shows (and one more), never the ones it skips, so the
 * last page of a million lines costs what the first does.
 */
public record LineCursor(Integer after, Integer before, boolean last) {
  public static final LineCursor FIRST = new LineCursor(null, null, false);

  /** From URL parameters ({@code after}, {@code before}, {@code last}); at most one of them. */
  public static LineCursor of(String after, String before, String last) {
    boolean toLast = flag("last", last);
    Integer a = lineNumber("after", after);
    Integer b = lineNumber("before", before);
    if ((a != null ? 1 : 0) + (b != null ? 1 : 0) + (toLast ? 1 : 0) > 1) {
      throw new InvalidRequestException("Give one of after, before and last, not several.");
    }
    return new LineCursor(a, b, toLast);
  }

  public static LineCursor after(int lineNumber) {
    return new LineCursor(lineNumber, null, false);
  }

  /** Pages read backwards (before a line, or the last page) come out of the database reversed. */
  boolean backwards() {
    return before != null || last;
  }

  boolean first() {
    return after == null && before == null && !last;
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || "0".equals(value) || "false".equalsIgnoreCase(value)) {
      return false;
    }
    if ("1".equals(value) || "true".equalsIgnoreCase(value)) {
      return true;
    }
    throw new InvalidRequestException(name + " must be true or false");
  }

  private static Integer lineNumber(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be a line number");
    }
  }
}
