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
    assertEquals(
        30, throttle.secondsLocked("Alice", "10.0.0.1"), "the name's case does not matter");
    assertEquals(0, throttle.secondsLocked("bob", "10.0.0.1"), "other names from there pass");
  }

  @Test
  void guessesFromOneAddressDoNotLockTheUserOutElsewhere() {
    fail("admin", "198.51.100.66", LoginThrottle.USER_THRESHOLD + 3);

    assertTrue(throttle.secondsLocked("admin", "198.51.100.66") > 0);
    assertEquals(0, throttle.secondsLocked("admin", "10.0.0.1"), "the real admin still logs in");
  }

  @Test
  void guessesAtOneUserFromManyAddressesLockTheUserEverywhere() {
    for (int i = 0; i < LoginThrottle.DISTRIBUTED_USER_THRESHOLD - 1; i++) {
      throttle.failed("admin", "198.51.100." + i);
    }
    assertEquals(0, throttle.secondsLocked("admin", "10.0.0.1"));

    throttle.failed("admin", "198.51.100.250");
    assertEquals(30, throttle.secondsLocked("admin", "10.0.0.1"));
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
    fail("alice", "10.0.0.2", LoginThrottle.USER_THRESHOLD - 1);
    throttle.succeeded("alice", "10.0.0.2");
    fail("alice", "10.0.0.2", LoginThrottle.USER_THRESHOLD - 1);
    assertEquals(0, throttle.secondsLocked("alice", "10.0.0.2"), "alice starts from zero again");

    for (int i = 0; i < LoginThrottle.ADDRESS_THRESHOLD; i++) {
      throttle.failed("guess" + i, "203.0.113.7");
    }
    throttle.succeeded("mallory", "203.0.113.7"); // a valid account of the guesser
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
    LoginThrottle small = new LoginThrottle(clock, 100);
    for (int i = 0; i < 1000; i++) {
      small.failed("invented" + i, "198.51.100." + (i % 250)); // an attacker inventing names
    }
    fail(small, "alice", "10.0.0.1", LoginThrottle.USER_THRESHOLD);

    assertTrue(small.size() <= 100, () -> "keys kept: " + small.size());
    assertEquals(30, small.secondsLocked("alice", "10.0.0.1"), "the newest keys are kept");
  }

  private static void fail(LoginThrottle t, String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      t.failed(user, address);
    }
  }
}
