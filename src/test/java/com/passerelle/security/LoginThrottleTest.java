package com.passerelle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-03-01T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.MAX_KEYS);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void aUserIsLockedAtTheThresholdNotBefore() {
    fail("alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD - 1);
    assertEquals(0, throttle.secondsLocked("alice", "10.0.0.1"));

    throttle.failed("alice", "10.0.0.1");
    assertEquals(30, throttle.secondsLocked("alice", "10.0.0.1"));
    // the lock is the user's: from another address too, and the name's case does not matter
    assertEquals(30, throttle.secondsLocked("Alice", "10.9.9.9"));
    assertEquals(0, throttle.secondsLocked("bob", "10.9.9.9"));
  }

  @Test
  void theLockCountsDownAndEnds() {
    fail("alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD);
    clock.advance(Duration.ofSeconds(12));
    assertEquals(18, throttle.secondsLocked("alice", "10.0.0.1"));
    clock.advance(Duration.ofMillis(17_500));
    assertEquals(1, throttle.secondsLocked("alice", "10.0.0.1"), "rounded up");
    clock.advance(Duration.ofMillis(500));
    assertEquals(0, throttle.secondsLocked("alice", "10.0.0.1"));
  }

  @Test
  void eachFailureAfterTheThresholdDoublesTheLockUpToTheCap() {
    fail("alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD);
    long[] expected = {60, 120, 240, 480, 900, 900};
    for (long seconds : expected) {
      clock.advance(Duration.ofSeconds(throttle.secondsLocked("alice", "10.0.0.1")));
      throttle.failed("alice", "10.0.0.1"); // the next guess, once the lock is over
      assertEquals(seconds, throttle.secondsLocked("alice", "10.0.0.1"));
    }
  }

  @Test
  void anAddressIsLockedAfterItsThresholdWhateverTheNames() {
    for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD - 1; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertEquals(0, throttle.secondsLocked("someone-new", "203.0.113.7"));
    throttle.failed("one-more", "203.0.113.7");
    assertEquals(30, throttle.secondsLocked("someone-new", "203.0.113.7"));
    assertEquals(0, throttle.secondsLocked("someone-new", "203.0.113.8"), "other addresses pass");
  }

  @Test
  void successResetsTheUserButNotTheAddress() {
    fail("alice", "203.0.113.7", LoginThrottle.USER_THRESHOLD - 1);
    for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD - LoginThrottle.USER_THRESHOLD; i++) {
      throttle.failed("guess" + i, "203.0.113.7");
    }
    throttle.succeeded("alice");
    throttle.failed("alice", "10.0.0.2");
    assertEquals(0, throttle.secondsLocked("alice", "10.0.0.2"), "alice starts from one failure");

    throttle.succeeded("mallory"); // a valid account of the guesser
    throttle.failed("guess-again", "203.0.113.7");
    assertTrue(
        throttle.secondsLocked("mallory", "203.0.113.7") > 0,
        "a success must not unlock the address");
  }

  @Test
  void failuresAreForgottenAfterAQuietWindow() {
    fail("alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD - 1);
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(0, throttle.secondsLocked("alice", "10.0.0.1"));
  }

  @Test
  void theWindowStartsAfterTheLockSoTheCapHoldsForPatientGuessers() {
    fail("alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD + 5); // locked for the 15 min cap
    clock.advance(LoginThrottle.MAX_LOCK.plusSeconds(1));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(900, throttle.secondsLocked("alice", "10.0.0.1"));
  }

  @Test
  void memoryIsBoundedByEvictingTheLeastRecentlyUsedKeys() {
    LoginThrottle small = new LoginThrottle(clock, 3);
    for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
      small.failed("alice", "a");
    }
    for (int i = 0; i < LoginThrottle.USER_THRESHOLD; i++) {
      small.failed("bob", "a");
    }
    assertEquals(30, small.secondsLocked("alice", "a")); // alice is now used more recently than bob
    small.failed("carol", "a"); // a fourth key: the least recently used one goes

    assertEquals(3, small.size());
    assertEquals(0, small.secondsLocked("bob", "x"), "bob's key was evicted");
    assertEquals(30, small.secondsLocked("alice", "x"), "alice's key was kept");
  }
}
