package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "No line matches" is said only when the line view searched every run of the period. */
class ActivityPageTest {
  private static ActivityPage empty(boolean capped, List<Long> tooBroad) {
    ActivityCursor next = capped ? new ActivityCursor(7, Integer.MAX_VALUE, false) : null;
    return new ActivityPage(List.of(), next, null, false, 500, capped, tooBroad);
  }

  @Test
  void anEmptyCompleteSearchFoundNothing() {
    assertTrue(empty(false, List.of()).noMatch());
    assertTrue(empty(false, List.of()).complete());
  }

  @Test
  void aCappedSearchDidNotReadTheOlderRuns() {
    assertFalse(empty(true, List.of()).noMatch());
    assertFalse(empty(true, List.of()).complete());
  }

  @Test
  void aTooBroadRunHasLinesThatWereNotListed() {
    assertFalse(empty(false, List.of(8L, 7L)).noMatch());
    assertFalse(empty(false, List.of(8L)).complete());
  }
}
