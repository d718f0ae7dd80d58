package com.passerelle.run;

import java.util.List;

/**
 * One page of a run's lines with what its links need: whether lines exist before and after it, and
 * how many lines the filter holds ({@code total}; for a text search, counted up to {@link
 * #COUNT_LIMIT} and then {@code totalCapped}).
 */
public record LinePage(
    List<Line> items,
    int size,
    long total,
    boolean totalCapped,
    boolean hasPrevious,
    boolean hasNext) {
  public static final int MAX_SIZE = 500;

  /** A search counts its matches up to this many: enough to say "1000+". */
  public static final int COUNT_LIMIT = 1000;

  public static int clampSize(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }

  /** The cursor of the next page: after this page's last line. */
  public Integer nextAfter() {
    return hasNext && !items.isEmpty() ? items.get(items.size() - 1).getLineNumber() : null;
  }

  /** The cursor of the previous page: before this page's first line. */
  public Integer previousBefore() {
    return hasPrevious && !items.isEmpty() ? items.get(0).getLineNumber() : null;
  }

  public String totalText() {
    return totalCapped ? COUNT_LIMIT + "+" : String.valueOf(total);
  }
}
