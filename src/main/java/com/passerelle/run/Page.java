package com.passerelle.run;

import java.util.List;

/** One page of results, with what paging links need. Page numbers start at 1. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public static final int MAX_SIZE = 500;

  public long pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  public static int clampSize(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }
}
