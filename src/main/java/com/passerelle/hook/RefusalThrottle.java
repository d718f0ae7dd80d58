package com.passerelle.hook;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * At most one admission per key and second: bounds what anonymous refused requests may write. The
 * map keeps one entry per key seen (flows × a few statuses); keys unseen for a minute are dropped
 * when it grows past a thousand.
 */
final class RefusalThrottle {
  private static final long PERIOD = TimeUnit.SECONDS.toNanos(1);
  private static final int MAX_KEYS = 1000;

  private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

  boolean admit(String key, long now) {
    if (last.size() > MAX_KEYS) {
      last.values().removeIf(t -> now - t > 60 * PERIOD);
    }
    boolean[] admitted = {false};
    last.compute(
        key,
        (k, before) -> {
          if (before == null || now - before >= PERIOD) {
            admitted[0] = true;
            return now;
          }
          return before;
        });
    return admitted[0];
  }
}
