package com.passerelle.run;

import java.util.List;

/**
 * One page of a run's lines with what its links need: whether lines exist before and after it, and
 * how many lines the filter holds ({@code total}). {@code totalCapped}: a text search matched more
 * lines than it shows ({@code total} is then its limit) and asks for a longer text.
 */
public record LinePage(
    List<Line> items,
    int size,
    long total,
    boolean totalCapped,
    boolean hasPrevious,
    boolean hasNext,
    LineCursor cursor) {
  public static final int MAX_SIZE = 500;

  public static int clampSize(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }

  /** The cursor of the next page: after this page's last line (an empty page: its bound). */
  public Integer nextAfter() {
    if (!hasNext) {
      return null;
    }
    return items.isEmpty()
        ? Math.max(0, cursor.before() - 1)
        : items.get(items.size() - 1).getLineNumber();
  }

  /** The cursor of the previous page: before this page's first line (an empty page: its bound). */
  public Integer previousBefore() {
    if (!hasPrevious) {
      return null;
    }
    if (items.isEmpty()) {
      return cursor.after() == null || cursor.after() == Integer.MAX_VALUE
          ? Integer.MAX_VALUE
          : cursor.after() + 1;
    }
    return items.get(0).getLineNumber();
  }

  public String totalText() {
    return totalCapped ? "more than " + total : String.valueOf(total);
  }
}
