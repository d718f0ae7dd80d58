package com.passerelle.monitor;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.common.InvalidRequestException;
import com.passerelle.report.ReportPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the monitoring pages show, from their URL: the last 1, 7, 30 or 90 UTC days ({@code days}),
 * or a custom period ({@code from} and {@code to}, both included), and all integration types or one
 * ({@code type}). Anything else is refused with a sentence saying what to write instead (400): a
 * wrong choice must not silently show other numbers than the ones asked for.
 */
public record DashboardChoices(LocalDate from, LocalDate to, Integer days, IntegrationType type) {
  public static final List<Integer> PRESETS = List.of(1, 7, 30, 90); // as the API
  public static final int DEFAULT_DAYS = 30;

  /** The trends chart always spans at least this many days (seed 003: "the last 30 days"). */
  public static final int TREND_DAYS = 30;

  public static DashboardChoices of(String days, String from, String to, String type) {
    return of(days, from, to, type, Clock.systemUTC());
  }

  static DashboardChoices of(String days, String from, String to, String type, Clock clock) {
    IntegrationType chosenType = type(type);
    // days chooses; from and to count only with days=custom (or no days at all), so the form's
    // date fields may stay filled when a preset is picked.
    boolean custom = "custom".equals(days) || (days == null && (from != null || to != null));
    if (custom) {
      if (from == null || to == null) {
        throw new InvalidRequestException(
            "A custom period needs both from and to (yyyy-MM-dd, e.g. from=2026-01-01&to=2026-01-31).");
      }
      ReportPeriod period = ReportPeriod.of(from, to); // the reports' checks and limits
      return new DashboardChoices(period.from(), period.to(), null, chosenType);
    }
    int n = days == null ? DEFAULT_DAYS : preset(days);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new DashboardChoices(today.minusDays(n - 1L), today, n, chosenType);
  }

  private static int preset(String days) {
    try {
      int n = Integer.parseInt(days.trim());
      if (PRESETS.contains(n)) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidRequestException(
        "days must be 1, 7, 30, 90 or custom (\""
            + days
            + "\" was given); with custom, give from and to.");
  }

  private static IntegrationType type(String type) {
    if (type == null) {
      return null;
    }
    try {
      return IntegrationType.valueOf(type.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "type must be one of "
              + List.of(IntegrationType.values())
              + " (\""
              + type
              + "\" was given); leave it out for all types.");
    }
  }

  /** How many days the period covers. */
  public int length() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length just before: what the percentage change compares with. */
  public LocalDate previousFrom() {
    return from.minusDays(length());
  }

  public LocalDate previousTo() {
    return from.minusDays(1);
  }

  /** The first day of the trends chart: 30 days up to the period's end, or the whole period. */
  public LocalDate trendFrom() {
    return length() >= TREND_DAYS ? from : to.minusDays(TREND_DAYS - 1L);
  }

  public boolean custom() {
    return days == null;
  }

  /** The URL parameters of these choices, for links that keep them (details, next page). */
  public Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (custom()) {
      p.put("days", "custom");
      p.put("from", from.toString());
      p.put("to", to.toString());
    } else {
      p.put("days", days);
    }
    if (type != null) {
      p.put("type", type.name());
    }
    return p;
  }

  /** The query string of {@link #params()}, values being digits, dates and enum names. */
  public String query() {
    StringBuilder q = new StringBuilder();
    params().forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
    return q.toString();
  }

  /** A short description for headings: "last 7 days", "2026-01-01 to 2026-01-31". */
  public String label() {
    if (custom()) {
      return from + " to " + to;
    }
    return days == 1 ? "last day" : "last " + days + " days";
  }
}
