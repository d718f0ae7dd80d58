package com.passerelle.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlocksTest {
  private static RuntimeException deadlock() {
    return new IllegalStateException(
        "rolled back", new SQLException("Deadlock found when trying to get lock", "40001"));
  }

  @Test
  void aDeadlockVictimIsRunAgain() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        Deadlocks.retrying(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw deadlock();
              }
              return "done";
            });
    assertEquals("done", result);
    assertEquals(3, calls.get());
  }

  @Test
  void otherErrorsAndAThirdDeadlockAreThrown() {
    AtomicInteger calls = new AtomicInteger();
    RuntimeException other = new IllegalArgumentException("bad");
    assertSame(
        other,
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Deadlocks.retrying(
                    () -> {
                      calls.incrementAndGet();
                      throw other;
                    })));
    assertEquals(1, calls.get());
    calls.set(0);
    assertThrows(
        IllegalStateException.class,
        () ->
            Deadlocks.retrying(
                () -> {
                  calls.incrementAndGet();
                  throw deadlock();
                }));
    assertEquals(3, calls.get());
  }
}
