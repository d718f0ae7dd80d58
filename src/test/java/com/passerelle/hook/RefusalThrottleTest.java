package com.passerelle.hook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefusalThrottleTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void oneAdmissionPerKeyAndSecond() {
    RefusalThrottle throttle = new RefusalThrottle();
    assertTrue(throttle.admit("7:401", 0));
    assertFalse(throttle.admit("7:401", SECOND / 2));
    assertTrue(throttle.admit("7:400", SECOND / 2), "another status is its own key");
    assertTrue(throttle.admit("7:401", SECOND));
  }
}
