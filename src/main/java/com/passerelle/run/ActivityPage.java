package com.passerelle.run;

import java.util.List;

/**
 * One page of the Activity line view. {@code next} and {@code previous} are the cursors of the
 * neighbouring pages (null at either end). {@code runsCapped}: the page stopped after probing its
 * limit of runs ({@link ActivityLines#MAX_RUNS}) without filling up; {@code next} (or {@code
 * previous}) then goes on after the last run probed. {@code tooBroad}: runs where the text matched
 * too many lines to list (a longer text is needed).
 */
public record ActivityPage(
    List<ActivityLine> items,
    ActivityCursor next,
    ActivityCursor previous,
    boolean notFirst,
    int runsProbed,
    boolean runsCapped,
    List<Long> tooBroad) {

  /** Every run of the period was searched: not stopped at the run cap, no run too broad. */
  public boolean complete() {
    return !runsCapped && tooBroad.isEmpty();
  }

  /**
   * "No line matches in this period" holds only for a complete search: a capped one did not read
   * the older runs, and a too-broad run's lines were not listed.
   */
  public boolean noMatch() {
    return items.isEmpty() && complete();
  }
}
