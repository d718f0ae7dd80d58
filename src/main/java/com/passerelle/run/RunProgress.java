package com.passerelle.run;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a run stands, for the Activity page and its JSON poll: lines done (the run's stored
 * counters, never a count over its lines) of the file's data lines (counted once by the check step;
 * null when not known). {@code dryRun}: the run creates nothing, which the page marks.
 */
public record RunProgress(
    long runId,
    RunState state,
    Instant startedAt,
    Instant endedAt,
    String sourceName,
    long done,
    Long total,
    Map<LineStatus, Long> counts,
    boolean dryRun) {

  public static RunProgress of(Run run) {
    Map<LineStatus, Long> counts = new EnumMap<>(LineStatus.class);
    for (LineStatus s : LineStatus.values()) {
      counts.put(s, run.count(s));
    }
    return new RunProgress(
        run.getId(),
        run.getState(),
        run.getStartedAt(),
        run.getEndedAt(),
        run.getSourceName(),
        run.getTotalCount(),
        run.getSourceLines(),
        counts,
        run.isDryRun());
  }

  public boolean finished() {
    return state.finished();
  }

  /** Whole percent done, or null when the total is not known (0 of 0 is done). */
  public Integer percent() {
    if (total == null) {
      return null;
    }
    if (total <= 0) {
      return finished() ? 100 : 0;
    }
    return (int) Math.min(100, done * 100 / total);
  }

  /** "1,234 of 20,000 lines", or "1,234 lines" when the total is not known. */
  public String text() {
    String d = String.format(Locale.ROOT, "%,d", done);
    if (total == null) {
      return d + (done == 1 ? " line" : " lines");
    }
    return d
        + " of "
        + String.format(Locale.ROOT, "%,d", total)
        + (total == 1 ? " line" : " lines");
  }
}
