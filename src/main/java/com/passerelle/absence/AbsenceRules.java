package com.passerelle.absence;

import com.passerelle.webhook.Leaves;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an absence request and says every problem at once, by field: an owner of the directory, an
 * existing leave account, two dates in order, half-day bounds that leave at least one half-day, and
 * a duration ({@code HH:MM}) exactly when the account counts in hours. Plain Java: the lookups come
 * in as functions.
 */
public final class AbsenceRules {
  private static final Pattern DURATION = Pattern.compile("(\\d{2}):([0-5]\\d)");

  private AbsenceRules() {}

  /** A request that passed: the values to store. */
  public record Checked(
      long ownerId,
      long accountId,
      LocalDate start,
      boolean startsAfternoon,
      LocalDate end,
      boolean endsMorning,
      Integer durationMinutes) {}

  public static Checked check(
      AbsenceRequest r,
      LongPredicate personExists,
      Function<String, Optional<Long>> personByEmail,
      LongFunction<LeaveAccount> account) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (r == null) {
      throw new InvalidAbsenceException(Map.of("body", "A JSON absence is required"));
    }
    Long owner = r.ownerId();
    boolean byEmail = r.ownerEmail() != null && !r.ownerEmail().isBlank();
    if (owner != null && byEmail) {
      problems.put("ownerId", "Give the owner by ownerId or by ownerEmail, not both");
    } else if (byEmail) {
      owner = personByEmail.apply(r.ownerEmail().strip()).orElse(null);
      if (owner == null) {
        problems.put(
            "ownerEmail", "No person with the email " + cut(r.ownerEmail()) + " in the directory");
      }
    } else if (owner == null) {
      problems.put(
          "ownerId", "ownerId (or ownerEmail) is required: the id of a person of the directory");
    } else if (!personExists.test(owner)) {
      problems.put("ownerId", "No person with id " + owner + " in the directory");
    }
    LeaveAccount found = null;
    if (r.accountId() == null) {
      problems.put("accountId", "accountId is required: the id of a leave account");
    } else {
      found = account.apply(r.accountId());
      if (found == null) {
        problems.put("accountId", "No leave account with id " + r.accountId());
      }
    }
    LocalDate start = day(problems, "startDate", r.startDate());
    LocalDate end = day(problems, "endDate", r.endDate());
    boolean afternoon = Boolean.TRUE.equals(r.startsAfternoon());
    boolean morning = Boolean.TRUE.equals(r.endsMorning());
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.put("endDate", "The absence ends (" + end + ") before it starts (" + start + ")");
      } else if (end.equals(start) && afternoon && morning) {
        problems.put(
            "endsMorning",
            "A one-day absence cannot start in the afternoon and end in the morning: it would"
                + " have no half-day");
      } else if (Leaves.count(start, afternoon, end, morning) > Leaves.MAX) {
        problems.put("endDate", "An absence covers at most " + Leaves.MAX + " half-days: split it");
      }
    }
    Integer minutes = null;
    String duration = r.duration() == null ? null : r.duration().trim();
    if (duration != null && duration.isEmpty()) {
      duration = null;
    }
    if (found != null && found.getUnit() == LeaveUnit.HOURS) {
      if (duration == null) {
        problems.put(
            "duration",
            found.getName() + " counts in hours: give the duration as HH:MM, e.g. 07:30");
      } else {
        minutes = minutes(problems, duration);
      }
    } else if (found != null && duration != null) {
      problems.put(
          "duration",
          found.getName() + " counts in days: leave the duration out (the half-days say it)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidAbsenceException(problems);
    }
    return new Checked(owner, r.accountId(), start, afternoon, end, morning, minutes);
  }

  private static Integer minutes(Map<String, String> problems, String duration) {
    Matcher m = DURATION.matcher(duration);
    if (!m.matches()) {
      problems.put(
          "duration", "The duration is written HH:MM (e.g. 03:45), not \"" + cut(duration) + "\"");
      return null;
    }
    int minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    if (minutes == 0) {
      problems.put("duration", "The duration must be more than 00:00");
      return null;
    }
    return minutes;
  }

  private static LocalDate day(Map<String, String> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.put(field, field + " is required (yyyy-MM-dd)");
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value.trim());
      if (day.getYear() < 2000 || day.getYear() > 9999) {
        problems.put(field, field + " must be a day between the years 2000 and 9999");
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      problems.put(
          field, field + " is not a date: \"" + cut(value) + "\" (write it as yyyy-MM-dd)");
      return null;
    }
  }

  private static String cut(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
