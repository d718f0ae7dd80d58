package com.passerelle.run;

import com.passerelle.common.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The Activity page's line view filters, from URL parameters: a period of days (runs started from
 * {@code from} to {@code to} included, UTC days like every time the pages show; the last 7 days by
 * default) and the report's own status and text filters.
 */
public record ActivityFilter(LocalDate from, LocalDate to, LineFilter lines) {
  public static final int DEFAULT_DAYS = 7;

  public static ActivityFilter of(
      String from, String to, String status, String query, LocalDate today) {
    LocalDate end = date("to", to, today);
    LocalDate start = date("from", from, end.minusDays(DEFAULT_DAYS - 1));
    if (start.isAfter(end)) {
      throw new InvalidRequestException(
          "The period starts (" + start + ") after it ends (" + end + "): swap the two dates.");
    }
    return new ActivityFilter(start, end, LineFilter.of(status, query));
  }

  /** The last 7 days up to today, every line. */
  public static ActivityFilter lastDays(LocalDate today) {
    return new ActivityFilter(today.minusDays(DEFAULT_DAYS - 1), today, LineFilter.ALL);
  }

  /** The first instant of the period. */
  public Instant since() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period (its last day included). */
  public Instant until() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Whether a run's stored counters say it may hold lines of this filter (no query needed). */
  boolean mayMatch(Run run) {
    return lines.status() == null ? run.getTotalCount() > 0 : run.count(lines.status()) > 0;
  }

  private static LocalDate date(String name, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      LocalDate d = LocalDate.parse(value.trim());
      if (d.getYear() < 2000 || d.getYear() > 9999) {
        throw new InvalidRequestException(name + " must be a date between 2000 and 9999: " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " must be a date written yyyy-mm-dd (e.g. 2026-03-01), not \"" + value + "\"");
    }
  }
}
