package com.passerelle.webhook;

import com.passerelle.absence.Absence;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an absence into its half-day leaves, in date order, morning before afternoon: a 2-day
 * absence is 4 leaves; one that starts in the afternoon has no morning on its first day, one that
 * ends in the morning no afternoon on its last. Weekends and holidays are included: the seeds do
 * not exclude them and Passerelle knows no work calendar. An hour-counted absence's duration is
 * split evenly over its half-days, to the second; the seconds that do not divide go one each to the
 * first leaves, so the leaves always add up to the absence's duration.
 */
public final class Leaves {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE; // yyyyMMdd

  /** At most this many half-days (a bit over 5 years): bounds the messages one change writes. */
  public static final int MAX = 4000;

  private Leaves() {}

  public static List<Leave> of(Absence absence) {
    return of(
        absence.getId(),
        absence.getStartDate(),
        absence.isStartsAfternoon(),
        absence.getEndDate(),
        absence.isEndsMorning(),
        absence.getDurationMinutes());
  }

  public static List<Leave> of(
      long absenceId,
      LocalDate start,
      boolean startsAfternoon,
      LocalDate end,
      boolean endsMorning,
      Integer durationMinutes) {
    long count = count(start, startsAfternoon, end, endsMorning);
    if (count < 1 || count > MAX) {
      throw new IllegalArgumentException(
          "An absence has 1 to "
              + MAX
              + " half-days, not "
              + count
              + " ("
              + start
              + " "
              + end
              + ")");
    }
    int n = (int) count;
    int each = 0;
    int rest = 0;
    if (durationMinutes != null) {
      int seconds = durationMinutes * 60;
      each = seconds / n;
      rest = seconds % n;
    }
    List<Leave> leaves = new ArrayList<>(n);
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      for (boolean am : new boolean[] {true, false}) {
        boolean skipped =
            (am && day.equals(start) && startsAfternoon) || (!am && day.equals(end) && endsMorning);
        if (!skipped) {
          Integer share = null;
          if (durationMinutes != null) {
            share = each + (leaves.size() < rest ? 1 : 0);
          }
          leaves.add(new Leave(id(absenceId, day, am), day, am, share));
        }
      }
    }
    return leaves;
  }

  /** How many half-days these bounds cover (0 or less when they make no absence). */
  public static long count(
      LocalDate start, boolean startsAfternoon, LocalDate end, boolean endsMorning) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    return days * 2 - (startsAfternoon ? 1 : 0) - (endsMorning ? 1 : 0);
  }

  public static String id(long absenceId, LocalDate day, boolean am) {
    return absenceId + "-" + DAY.format(day) + "-" + (am ? "AM" : "PM");
  }
}
