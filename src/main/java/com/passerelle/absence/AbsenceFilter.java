package com.passerelle.absence;

import com.passerelle.common.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a list of absences is narrowed to, from URL parameters: an owner (person id), a status, and
 * a period (absences that overlap it; either bound may be left out). Bad values are a clear 400.
 */
public record AbsenceFilter(Long ownerId, AbsenceStatus status, LocalDate from, LocalDate to) {
  public static final AbsenceFilter NONE = new AbsenceFilter(null, null, null, null);

  public static AbsenceFilter of(String owner, String status, String from, String to) {
    AbsenceFilter f =
        new AbsenceFilter(id("owner", owner), status(status), day("from", from), day("to", to));
    if (f.from != null && f.to != null && f.to.isBefore(f.from)) {
      throw new InvalidRequestException(
          "The period starts (" + f.from + ") after it ends (" + f.to + "): swap the dates.");
    }
    return f;
  }

  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidRequestException(name + " must be a positive id: " + value);
  }

  private static AbsenceStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AbsenceStatus.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "Unknown absence status: "
              + value
              + " (PENDING_APPROVAL, APPROVED, CANCELLED or DELETED)");
    }
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " is not a date: \"" + value + "\" (write it as yyyy-MM-dd, e.g. 2026-01-31).");
    }
  }
}
