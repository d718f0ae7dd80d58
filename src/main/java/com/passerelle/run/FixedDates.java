package com.passerelle.run;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A shortcut for the date formats HR files use (uuuu-MM-dd, dd/MM/uuuu...): a pattern of exactly
 * {@code uuuu}, {@code MM} and {@code dd} between literal characters is read digit by digit,
 * without the formatter's parse context and field map (an import reads a date on every line). It
 * decides only values of the pattern's exact shape, with the strict formatter's verdict; anything
 * else is left to the formatter ({@code FixedDatesTest} compares both).
 */
final class FixedDates {
  /** The verdict "not a date" for a value of the right shape (say, the 31st of April). */
  static final LocalDate NOT_A_DATE = LocalDate.MIN;

  private final String pattern;
  private final int year;
  private final int month;
  private final int day;

  private FixedDates(String pattern, int year, int month, int day) {
    this.pattern = pattern;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** The shortcut for this formatter pattern, or null when it has other fields or widths. */
  static FixedDates of(String pattern) {
    int year = -1;
    int month = -1;
    int day = -1;
    for (int i = 0; i < pattern.length(); ) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (c == 'u' && run == 4 && year < 0) {
        year = i;
      } else if (c == 'M' && run == 2 && month < 0) {
        month = i;
      } else if (c == 'd' && run == 2 && day < 0) {
        day = i;
      } else if (Character.isLetter(c) || Character.isDigit(c) || "'[]#{}".indexOf(c) >= 0) {
        // Another field, width, quoting or optional section; or a digit literal, which the
        // formatter's year (up to 19 digits) may swallow: "uuuuMMdd000000" reads no date there.
        return null;
      }
      i += run;
    }
    return year < 0 || month < 0 || day < 0 ? null : new FixedDates(pattern, year, month, day);
  }

  /** The date, {@link #NOT_A_DATE}, or null when the value's shape is not the pattern's. */
  LocalDate parse(String value) {
    if (value.length() != pattern.length()) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char p = pattern.charAt(i);
      char c = value.charAt(i);
      boolean digit = p == 'u' || p == 'M' || p == 'd';
      if (digit ? c < '0' || c > '9' : c != p) {
        return null;
      }
    }
    try {
      return LocalDate.of(number(value, year, 4), number(value, month, 2), number(value, day, 2));
    } catch (DateTimeException e) {
      return NOT_A_DATE;
    }
  }

  private static int number(String value, int from, int digits) {
    int n = 0;
    for (int i = from; i < from + digits; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }
}
