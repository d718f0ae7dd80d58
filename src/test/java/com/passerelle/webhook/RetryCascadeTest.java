package com.passerelle.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryCascadeTest {
  private final RetryCascade seeds = new RetryCascade(WebhookSettings.SEED_DELAYS);

  @Test
  void theSeedsQueuesFollowEachFailureThenTheMessageFails() {
    // A clock the test moves: each retry fails when its queue's time comes.
    Instant clock = Instant.parse("2026-03-02T08:00:00Z");
    Instant next = seeds.next(1, clock).orElseThrow();
    assertEquals(Instant.parse("2026-03-02T08:05:00Z"), next, "first queue: 5 minutes");
    clock = next.plusSeconds(2); // the poller picked it up 2 s after its time
    next = seeds.next(2, clock).orElseThrow();
    assertEquals(Instant.parse("2026-03-02T08:20:02Z"), next, "second queue: 15 minutes");
    clock = next;
    next = seeds.next(3, clock).orElseThrow();
    assertEquals(Instant.parse("2026-03-02T09:20:02Z"), next, "third queue: 1 hour");
    clock = next;
    next = seeds.next(4, clock).orElseThrow();
    assertEquals(Instant.parse("2026-03-03T09:20:02Z"), next, "fourth queue: 24 hours");
    clock = next;
    assertTrue(seeds.next(5, clock).isEmpty(), "after the 24 h queue the message is failed");
    assertEquals(5, seeds.maxAttempts());
  }

  @Test
  void noRetryIsEverEarlierThanItsDelay() {
    Instant failedAt = Instant.parse("2026-03-02T08:00:00Z");
    for (int attempt = 1; attempt <= 4; attempt++) {
      Instant next = seeds.next(attempt, failedAt).orElseThrow();
      assertEquals(WebhookSettings.SEED_DELAYS.get(attempt - 1), Duration.between(failedAt, next));
    }
  }

  @Test
  void delaysComeFromConfigurationInSecondsForTests() {
    List<Duration> delays = WebhookSettings.delays("PT1S, PT2S,PT3S,PT4S");
    assertEquals(List.of(1L, 2L, 3L, 4L), delays.stream().map(Duration::toSeconds).toList());
    assertEquals(WebhookSettings.SEED_DELAYS, WebhookSettings.delays(" "));
    assertThrows(IllegalArgumentException.class, () -> WebhookSettings.delays("PT5M,soon"));
    assertThrows(IllegalArgumentException.class, () -> WebhookSettings.delays("PT0S"));
    assertThrows(IllegalArgumentException.class, () -> WebhookSettings.delays("-PT1S"));
    RetryCascade short2 = new RetryCascade(WebhookSettings.delays("PT1S,PT2S"));
    assertTrue(short2.next(3, Instant.EPOCH).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> short2.next(0, Instant.EPOCH));
  }
}
