package com.passerelle.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing down, per user name and per client address: after {@link #USER_THRESHOLD}
 * (resp. {@link #ADDRESS_THRESHOLD}) consecutive failures no password is checked for {@link
 * #FIRST_LOCK}, doubling with every further failure up to {@link #MAX_LOCK}. Callers ask {@link
 * #secondsLocked} before checking a password, so a right guess during a lock is refused too. A
 * success resets the user's counter, never the address's: one valid account must not unlock an
 * address that is guessing at others. Counters are per server (in memory): each server of a cluster
 * allows its own attempts, and a restart forgets them.
 */
@ApplicationScoped
public class LoginThrottle {
  /** Failures of one user name before it is locked. */
  public static final int USER_THRESHOLD = 5;

  /**
   * Failures from one address before it is locked: above what one office mistypes, and above the
   * failures the integration tests make from 127.0.0.1 (about 15), which must never lock it.
   */
  public static final int ADDRESS_THRESHOLD = 30;

  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** Failures are forgotten after this much quiet (counted from the end of the last lock). */
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Bounded memory: the least recently used keys go first (an attacker inventing names). */
  static final int MAX_KEYS = 10_000;

  private static final int MAX_NAME_LENGTH = 256;

  private final Clock clock;
  private final Map<String, Failures> failures;

  public LoginThrottle() {
    this(Clock.systemUTC(), MAX_KEYS);
  }

  LoginThrottle(Clock clock, int maxKeys) {
    this.clock = clock;
    this.failures =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** Seconds this user name or address must still wait (0: a password may be checked). */
  public synchronized long secondsLocked(String user, String address) {
    Instant now = clock.instant();
    Instant until = later(lockedUntil(userKey(user), now), lockedUntil(addressKey(address), now));
    if (until == null || !until.isAfter(now)) {
      return 0;
    }
    return (Duration.between(now, until).toMillis() + 999) / 1000;
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    count(userKey(user), USER_THRESHOLD, now);
    count(addressKey(address), ADDRESS_THRESHOLD, now);
  }

  public synchronized void succeeded(String user) {
    failures.remove(userKey(user));
  }

  synchronized int size() {
    return failures.size();
  }

  private void count(String key, int threshold, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.forgottenAt().isBefore(now)) {
      f = new Failures();
      failures.put(key, f);
    }
    f.count++;
    f.last = now;
    if (f.count >= threshold) {
      int doublings = Math.min(f.count - threshold, 20); // 2^20 x 30 s is far past the cap
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      f.lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
  }

  private Instant lockedUntil(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null) {
      return null;
    }
    if (f.forgottenAt().isBefore(now)) {
      failures.remove(key);
      return null;
    }
    return f.lockedUntil;
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String userKey(String user) {
    String name = user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    return "user:" + name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** Consecutive failures of one key. */
  private static final class Failures {
    int count;
    Instant last;
    Instant lockedUntil;

    Instant forgottenAt() {
      Instant quietFrom = lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
      return quietFrom.plus(WINDOW);
    }
  }
}
