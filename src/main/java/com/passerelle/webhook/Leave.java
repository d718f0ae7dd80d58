package com.passerelle.webhook;

import java.time.LocalDate;

/**
 * One half-day of an absence, as the webhooks send it (seeds 001/002 call it a leave): its id
 * {@code {absenceId}-{yyyyMMdd}-{AM|PM}} is stable, so a receiver can deduplicate deliveries.
 *
 * @param durationSeconds for hour-counted accounts, this half-day's share of the absence's
 *     duration; null for day-counted accounts
 */
public record Leave(String id, LocalDate date, boolean am, Integer durationSeconds) {
  /** "03:45:00", the seeds' format of {@code durationInHours}; null without a duration. */
  public String durationText() {
    if (durationSeconds == null) {
      return null;
    }
    int s = durationSeconds;
    return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
