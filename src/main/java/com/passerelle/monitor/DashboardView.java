package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the monitoring page's sections show, shaped for its templates (each chart is drawn by
 * static/monitoring.js from the table that carries its numbers). Built from the roll-up services by
 * {@link MonitoringPages}; the page reads nothing else.
 */
public final class DashboardView {
  private DashboardView() {}

  /** One slice of the donut: failures of a type over the period. */
  public record Slice(IntegrationType type, long failures) {}

  /** One bar: failures of a code (an HTTP status or one of ours) with its description. */
  public record Bar(String code, String title, long count) {}

  /** Failures per type per day, zero-filled: {@code counts[day][type]}. */
  public record Trend(List<LocalDate> days, List<IntegrationType> types, long[][] counts) {
    public long count(int day, int type) {
      return counts[day][type];
    }

    public long total() {
      long sum = 0;
      for (long[] day : counts) {
        for (long n : day) {
          sum += n;
        }
      }
      return sum;
    }
  }

  /** Failed and successful transactions of a type, now and in the previous period. */
  public record ChangeRow(
      IntegrationType type, long failed, long failedBefore, long succeeded, long succeededBefore) {
    public Change failedChange() {
      return Change.of(failed, failedBefore, false);
    }

    public Change succeededChange() {
      return Change.of(succeeded, succeededBefore, true);
    }
  }

  /**
   * A change against the previous period as a person reads it: an arrow, a percentage and a colour
   * that says good or bad (more failures is bad, more successes good); "no data before" rather than
   * a division by zero.
   */
  public record Change(String arrow, String text, String css) {
    static Change of(long now, long before, boolean moreIsGood) {
      if (before == 0) {
        return new Change("", "no data before", "change-none");
      }
      if (now == before) {
        return new Change("", "0%", "change-flat");
      }
      // rounded as the API's Change (one decimal), so page and API show the same figure
      double percent = Math.round((now - before) * 1000.0 / before) / 10.0;
      boolean up = now > before;
      String text = String.format(Locale.ROOT, "%.1f%%", Math.abs(percent)).replace(".0%", "%");
      return new Change(up ? "▲" : "▼", text, up == moreIsGood ? "change-good" : "change-bad");
    }
  }

  /** A row of the failures table: one code of one flow or endpoint. */
  public record FailureRow(
      IntegrationType type,
      long sourceId,
      String code,
      String integrationName,
      String description,
      String where,
      long total,
      LocalDate lastSeen,
      String sourceLink,
      long demo) {
    /** The details page of this row. */
    public String detailsPath() {
      return "/monitoring/failures/" + type.name() + "/" + sourceId + "/" + code;
    }
  }
}
