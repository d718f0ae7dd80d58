package com.passerelle.report;

import com.passerelle.common.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, in UTC (failures are counted per UTC day): the last
 * {@value #DEFAULT_DAYS} days unless the URL says otherwise, at most {@value #MAX_DAYS} days so a
 * count or a search stays a bounded range of an index.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 366;

  /** From the URL's {@code from} and {@code to} (yyyy-MM-dd, either may be left out). */
  public static ReportPeriod of(String from, String to) {
    return of(from, to, Clock.systemUTC());
  }

  static ReportPeriod of(String from, String to, Clock clock) {
    LocalDate last = blank(to) ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : day("to", to);
    LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
    if (first.isAfter(last)) {
      throw new InvalidRequestException(
          "The period starts (" + first + ") after it ends (" + last + "): swap the dates.");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw new InvalidRequestException(
          "A period is at most " + MAX_DAYS + " days: choose a shorter one.");
    }
    return new ReportPeriod(first, last);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate day(String name, String value) {
    try {
      LocalDate day = LocalDate.parse(value.trim());
      if (day.getYear() < 2000 || day.getYear() > 9999) {
        throw new InvalidRequestException(name + " must be a day between 2000 and 9999: " + value);
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " is not a date: \"" + value + "\" (write it as yyyy-MM-dd, e.g. 2026-01-31).");
    }
  }
}
