package com.passerelle.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing down. Three counters, each locking after its threshold of consecutive
 * failures for {@link #FIRST_LOCK}, doubling with every further failure up to {@link #MAX_LOCK}:
 *
 * <ul>
 *   <li>a user name from one address ({@link #USER_THRESHOLD}): guessing at one account. Keyed by
 *       the pair, so whoever guesses at "admin" from elsewhere does not lock the real admin out;
 *   <li>an address ({@link #ADDRESS_THRESHOLD}): guessing at many accounts from one place;
 *   <li>a user name from anywhere ({@link #DISTRIBUTED_USER_THRESHOLD}): guessing at one account
 *       from many addresses, the one case where the account itself is locked.
 * </ul>
 *
 * Callers ask {@link #secondsLocked} before checking a password, so a right guess during a lock is
 * refused too. A success resets the user's counters, never the address's: one valid account must
 * not unlock an address that is guessing at others. Counters are per server (in memory): each
 * server of a cluster allows its own attempts, and a restart forgets them.
 */
@ApplicationScoped
public class LoginThrottle {
  /** Failures of one user name from one address before that pair is locked. */
  public static final int USER_THRESHOLD = 5;

  /** Failures of one user name from all addresses together before the name itself is locked. */
  public static final int DISTRIBUTED_USER_THRESHOLD = 50;

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
    Instant until =
        later(
            later(lockedUntil(pairKey(user, address), now), lockedUntil(addressKey(address), now)),
            lockedUntil(userKey(user), now));
    if (until == null || !until.isAfter(now)) {
      return 0;
    }
    return (Duration.between(now, until).toMillis() + 999) / 1000;
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    count(pairKey(user, address), USER_THRESHOLD, now);
    count(addressKey(address), ADDRESS_THRESHOLD, now);
    count(userKey(user), DISTRIBUTED_USER_THRESHOLD, now);
  }

  public synchronized void succeeded(String user, String address) {
    failures.remove(pairKey(user, address));
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
    return "user:" + name(user);
  }

  private static String pairKey(String user, String address) {
    return "pair:" + address + " " + name(user);
  }

  private static String name(String user) {
    String name = user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    return name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH));
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
