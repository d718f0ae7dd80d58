package com.passerelle.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seeds' re-sync policy: a failed call goes to the next of the cascading queues (5 minutes, 15
 * minutes, 1 hour, 24 hours by default); when the last one failed too, the message is failed and
 * lands on the admin to-do. A queue is just the message's next attempt time, which the poller reads
 * from the database: a restart loses none, and none is sent before its time.
 */
public final class RetryCascade {
  private final List<Duration> delays;

  public RetryCascade(List<Duration> delays) {
    if (delays.isEmpty()) {
      throw new IllegalArgumentException("the cascade needs at least one delay");
    }
    this.delays = List.copyOf(delays);
  }

  /**
   * When to try again after the given attempt (1 = the first call) failed at {@code failedAt}, or
   * empty when the cascade is over and the message is failed.
   */
  public Optional<Instant> next(int failedAttempt, Instant failedAt) {
    if (failedAttempt < 1) {
      throw new IllegalArgumentException("attempts count from 1");
    }
    if (failedAttempt > delays.size()) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delays.get(failedAttempt - 1)));
  }

  /** Every call a message gets at most: the first and one per queue. */
  public int maxAttempts() {
    return delays.size() + 1;
  }
}
