package com.passerelle.monitor;

import com.passerelle.common.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last {@code days} UTC days up to today, and the period of the same length just before: what
 * the dashboard compares (1 day vs the day before, 7 vs the 7 before, 30 vs 30).
 */
public record Period(LocalDate first, LocalDate last) {
  /** The choices of the dashboard (90: what the roll-ups of the benchmark span). */
  public static final Set<Integer> CHOICES = Set.of(1, 7, 30, 90);

  public Period {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
  }

  /** The last {@code days} days ending today; 400 for a length that is not a choice. */
  public static Period lastDays(Integer days, LocalDate today) {
    if (days == null || !CHOICES.contains(days)) {
      throw new InvalidRequestException("days must be one of 1, 7, 30 or 90 (got " + days + ")");
    }
    return new Period(today.minusDays(days - 1L), today);
  }

  public int days() {
    return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
  }

  /** The period of the same length that ends the day before this one starts. */
  public Period previous() {
    return new Period(first.minusDays(days()), first.minusDays(1));
  }

  /** Every day of the period, oldest first: the x axis of a zero-filled trend. */
  public List<LocalDate> eachDay() {
    List<LocalDate> out = new ArrayList<>(days());
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }
}
