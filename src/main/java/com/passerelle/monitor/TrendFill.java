package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-day totals laid on every day of the period, zero where the roll-ups had no row. */
final class TrendFill {
  private TrendFill() {}

  /** For each chosen type (in enum order), one value per day of the period, oldest first. */
  static Map<IntegrationType, long[]> fill(
      Period p, Set<IntegrationType> types, List<MonitoringQueries.DayTotal> totals) {
    Map<IntegrationType, long[]> out = new EnumMap<>(IntegrationType.class);
    for (IntegrationType t : types) {
      out.put(t, new long[p.days()]);
    }
    for (MonitoringQueries.DayTotal d : totals) {
      long[] values = out.get(d.type());
      LocalDate day = d.day();
      if (values != null && !day.isBefore(p.first()) && !day.isAfter(p.last())) {
        values[(int) (day.toEpochDay() - p.first().toEpochDay())] += d.count();
      }
    }
    return out;
  }
}
