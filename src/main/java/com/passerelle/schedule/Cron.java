package com.passerelle.schedule;

import jakarta.ejb.ScheduleExpression;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A five-field cron expression (minute, hour, day of month, month, day of week) in a time zone,
 * checked field by field and turned into the calendar schedule of an EJB timer. Only what EJB
 * calendars can express is accepted ({@code *}, {@code n}, {@code a-b}, lists, {@code * /n} and
 * {@code a/n}), so what an admin saves is exactly what the timer does.
 */
public record Cron(
    String minute, String hour, String dayOfMonth, String month, String dayOfWeek, ZoneId zone) {

  private static final List<Field> FIELDS =
      List.of(
          new Field("minute", 0, 59),
          new Field("hour", 0, 23),
          new Field("day of month", 1, 31),
          new Field("month", 1, 12),
          new Field("day of week", 0, 7));

  private static final Pattern ELEMENT =
      Pattern.compile("\\*|\\*/\\d{1,2}|\\d{1,2}(/\\d{1,2}|-\\d{1,2})?");

  private record Field(String name, int min, int max) {}

  /** Parses, or throws IllegalArgumentException with a sentence saying which field is wrong. */
  public static Cron parse(String expression, String timeZone) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException(
          "a schedule needs 5 fields: minute hour day month weekday");
    }
    String[] parts = expression.trim().split("\\s+");
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "a schedule has 5 fields (minute hour day month weekday), not "
              + parts.length
              + "; e.g. \"0 6 * * *\" is every day at 06:00");
    }
    for (int i = 0; i < 5; i++) {
      parts[i] = parts[i].toLowerCase(Locale.ROOT);
      check(parts[i], FIELDS.get(i));
    }
    return new Cron(parts[0], parts[1], parts[2], parts[3], parts[4], zone(timeZone));
  }

  private static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone \"" + timeZone + "\" (e.g. Europe/Paris, UTC)");
    }
  }

  private static void check(String value, Field field) {
    for (String element : value.split(",", -1)) {
      if (!ELEMENT.matcher(element).matches()) {
        throw new IllegalArgumentException(
            field.name() + " \"" + value + "\" is not *, a number, a range a-b, a list or */n");
      }
      String[] stepped = element.split("/");
      if (stepped.length == 2 && Integer.parseInt(stepped[1]) < 1) {
        throw new IllegalArgumentException(
            field.name() + " step /" + stepped[1] + " must be 1 or more");
      }
      String[] range = stepped[0].split("-");
      if (range.length == 2 && Integer.parseInt(range[0]) > Integer.parseInt(range[1])) {
        throw new IllegalArgumentException(
            field.name() + " range " + stepped[0] + " runs backwards: write it low-high");
      }
      for (String number : range) {
        if (!number.equals("*")) {
          int n = Integer.parseInt(number);
          if (n < field.min() || n > field.max()) {
            throw new IllegalArgumentException(
                field.name() + " " + n + " is out of range " + field.min() + "-" + field.max());
          }
        }
      }
    }
  }

  /** The same schedule as an EJB calendar, firing at second 0. */
  public ScheduleExpression toScheduleExpression() {
    return new ScheduleExpression()
        .second("0")
        .minute(minute)
        .hour(hour)
        .dayOfMonth(dayOfMonth)
        .month(month)
        .dayOfWeek(dayOfWeek)
        .timezone(zone.getId());
  }

  /** The expression as it is stored: the five fields. */
  public String expression() {
    return String.join(" ", minute, hour, dayOfMonth, month, dayOfWeek);
  }
}
