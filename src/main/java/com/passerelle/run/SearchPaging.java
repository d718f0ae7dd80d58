package com.passerelle.run;

import java.util.List;

/**
 * Pages through the line numbers a search found (at most a few thousand, in order): the same
 * cursors as the report's other pages, applied in memory.
 */
final class SearchPaging {
  /** The line numbers of one page, and whether lines of the search lie before and after it. */
  record Window(List<Integer> numbers, boolean hasPrevious, boolean hasNext) {}

  private SearchPaging() {}

  static Window window(List<Integer> sorted, LineCursor cursor, int size) {
    int from;
    int to;
    if (cursor.last()) {
      to = sorted.size();
      from = Math.max(0, to - size);
    } else if (cursor.before() != null) {
      to = firstAtOrAbove(sorted, cursor.before());
      from = Math.max(0, to - size);
    } else {
      from = cursor.after() == null ? 0 : firstAbove(sorted, cursor.after());
      to = Math.min(sorted.size(), from + size);
    }
    return new Window(List.copyOf(sorted.subList(from, to)), from > 0, to < sorted.size());
  }

  /** Index of the first number >= n (or size). */
  private static int firstAtOrAbove(List<Integer> sorted, int n) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid) < n) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int firstAbove(List<Integer> sorted, int n) {
    return n == Integer.MAX_VALUE ? sorted.size() : firstAtOrAbove(sorted, n + 1);
  }
}
