package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.common.InvalidRequestException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunEndWaitsTest {
  /** Run states as a test sets them, in place of the database. */
  static final class States extends RunRepository {
    final Map<Long, RunState> now = new ConcurrentHashMap<>();

    @Override
    public Map<Long, RunState> states(Collection<Long> runIds) {
      Map<Long, RunState> found = new java.util.HashMap<>();
      runIds.stream().filter(now::containsKey).forEach(id -> found.put(id, now.get(id)));
      return found;
    }
  }

  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
  private final States states = new States();
  private final List<Long> answered = new CopyOnWriteArrayList<>();

  private RunEndWaits waits() {
    RunEndWaits waits = new RunEndWaits();
    waits.scheduler = scheduler;
    waits.runs = states;
    return waits;
  }

  private boolean await(RunEndWaits waits, long run, String user, Duration wait) {
    return waits.await(run, user, wait, () -> answered.add(run));
  }

  private void within(Duration limit, java.util.function.BooleanSupplier done) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertTrue(done.getAsBoolean(), "not within " + limit + ": answered " + answered);
  }

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void aWaiterHearsItsRunEndAndNotAnotherOne() throws Exception {
    RunEndWaits waits = waits();
    states.now.put(1L, RunState.IN_PROGRESS);
    states.now.put(2L, RunState.IN_PROGRESS);
    assertTrue(await(waits, 1, "ann", Duration.ofSeconds(30)));
    assertTrue(await(waits, 2, "ann", Duration.ofSeconds(30)));
    Thread.sleep(3 * RunEndWaits.CHECK.toMillis());
    assertEquals(List.of(), answered, "nothing ended yet");

    states.now.put(2L, RunState.SUCCEEDED);
    waits.ended(); // on this thread: answered before it returns
    assertEquals(List.of(2L), answered);
    states.now.remove(1L); // a deleted run ends its waits too (the caller then answers 404)
    within(Duration.ofSeconds(5), () -> answered.size() == 2);
    assertEquals(List.of(2L, 1L), answered);
  }

  @Test
  void aWaiterWhoseTimeIsUpIsAnsweredWithTheRunStillInProgress() throws Exception {
    RunEndWaits waits = waits();
    states.now.put(1L, RunState.IN_PROGRESS);
    long start = System.nanoTime();
    assertTrue(await(waits, 1, "ann", Duration.ofMillis(100)));
    within(Duration.ofSeconds(5), () -> answered.size() == 1);
    long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(took >= 100, () -> "answered after " + took + " ms");
    // By its own deadline, not at the first check (CHECK, 500 ms, later than the 100 ms asked).
    assertTrue(took < RunEndWaits.CHECK.toMillis() - 50, () -> "answered after " + took + " ms");
  }

  @Test
  void oneUserHasAHundredPlacesAndTheServerAThousand() {
    RunEndWaits waits = waits();
    states.now.put(1L, RunState.IN_PROGRESS);
    for (int i = 0; i < RunEndWaits.MAX_WAITERS_PER_USER; i++) {
      assertTrue(await(waits, 1, "ann", Duration.ofSeconds(30)));
    }
    assertFalse(await(waits, 1, "ann", Duration.ofSeconds(30)), "ann's 101st");
    for (int u = 0; u < 9; u++) {
      for (int i = 0; i < RunEndWaits.MAX_WAITERS_PER_USER; i++) {
        assertTrue(await(waits, 1, "user" + u, Duration.ofSeconds(30)));
      }
    }
    assertFalse(await(waits, 1, "bob", Duration.ofSeconds(30)), "the server's 1001st");
    assertEquals(List.of(), answered);
  }

  @Test
  void aStopAnswersEveryWaiterAtOnceAndTakesNoMore() {
    RunEndWaits waits = waits();
    states.now.put(1L, RunState.IN_PROGRESS);
    states.now.put(2L, RunState.IN_PROGRESS);
    assertTrue(await(waits, 1, "ann", Duration.ofSeconds(30)));
    assertTrue(await(waits, 2, "bob", Duration.ofSeconds(30)));
    waits.stop();
    assertEquals(List.of(1L, 2L), answered);
    assertFalse(await(waits, 1, "ann", Duration.ofSeconds(30)));
  }

  @Test
  void aStoppingExecutorMeansAPlainRead() {
    RunEndWaits waits = waits();
    scheduler.shutdown();
    assertFalse(await(waits, 1, "ann", Duration.ofSeconds(30)));
  }

  @Test
  void noWaitIsNoWait() {
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(null));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(""));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait(" "));
    assertEquals(Duration.ZERO, RunEndWaits.parseWait("0"));
  }

  @Test
  void secondsUpToTheCap() {
    assertEquals(Duration.ofSeconds(5), RunEndWaits.parseWait("5"));
    assertEquals(Duration.ofSeconds(59), RunEndWaits.parseWait(" 59 "));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("60"));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("999999999"));
    assertEquals(RunEndWaits.MAX_WAIT, RunEndWaits.parseWait("99999999999999999999999"));
  }

  @Test
  void anythingElseIsRefusedWithTheRule() {
    for (String wrong :
        new String[] {"-1", "x", "1.5", "1e3", "+5", "0x10", "PT5S", "٥", "５", "5 5"}) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> RunEndWaits.parseWait(wrong), wrong);
      assertEquals("wait must be a whole number of seconds, 0 to 60.", e.getMessage());
    }
  }
}
