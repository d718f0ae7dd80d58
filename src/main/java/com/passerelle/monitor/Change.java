package com.passerelle.monitor;

/**
 * A count against the same count of the previous period: the percentage change, or "no data before"
 * when the previous period counted nothing (no division by zero, no fake +100%).
 */
public record Change(long current, long previous, Double percent, Trend trend) {
  /** How the count moved, for arrows and colours. */
  public enum Trend {
    UP,
    DOWN,
    SAME,
    NO_DATA_BEFORE
  }

  public static Change of(long current, long previous) {
    if (previous == 0) {
      return new Change(current, 0, null, Trend.NO_DATA_BEFORE);
    }
    double percent = Math.round((current - previous) * 1000.0 / previous) / 10.0; // one decimal
    Trend trend = current > previous ? Trend.UP : current < previous ? Trend.DOWN : Trend.SAME;
    return new Change(current, previous, percent, trend);
  }

  public boolean noDataBefore() {
    return trend == Trend.NO_DATA_BEFORE;
  }
}
