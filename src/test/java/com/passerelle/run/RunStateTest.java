package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** {@link Run#stateFromCounts()}: counters are only bumped in the database, so set them here. */
class RunStateTest {

  private static Run runWithCounts(
      long success, long partial, long failure, long filtered, long alreadyCreated) {
    Run run = new Run(1L, RunTrigger.MANUAL, "tester");
    set(run, "successCount", success);
    set(run, "partialCount", partial);
    set(run, "failureCount", failure);
    set(run, "filteredCount", filtered);
    set(run, "alreadyCreatedCount", alreadyCreated);
    assertEquals(success + partial + failure + filtered + alreadyCreated, run.getTotalCount());
    return run;
  }

  private static void set(Run run, String field, long value) {
    try {
      Field f = Run.class.getDeclaredField(field);
      f.setAccessible(true);
      f.setLong(run, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot set Run." + field, e);
    }
  }

  @Test
  void newRunIsInProgress() {
    assertEquals(RunState.IN_PROGRESS, new Run(1L, RunTrigger.MANUAL, "tester").getState());
  }

  @Test
  void runWithoutAnyLineSucceeds() {
    assertEquals(RunState.SUCCEEDED, runWithCounts(0, 0, 0, 0, 0).stateFromCounts());
  }

  @Test
  void noFailureSucceeds() {
    assertEquals(RunState.SUCCEEDED, runWithCounts(10, 0, 0, 0, 0).stateFromCounts());
  }

  @Test
  void partialSuccessesFilteredAndAlreadyCreatedWithoutFailureSucceed() {
    assertEquals(RunState.SUCCEEDED, runWithCounts(3, 2, 0, 4, 1).stateFromCounts());
  }

  @Test
  void failuresAndSuccessesArePartiallyFailed() {
    assertEquals(RunState.PARTIALLY_FAILED, runWithCounts(5, 0, 2, 0, 0).stateFromCounts());
  }

  @Test
  void failuresAndOnlyPartialSuccessesArePartiallyFailed() {
    assertEquals(RunState.PARTIALLY_FAILED, runWithCounts(0, 1, 2, 0, 0).stateFromCounts());
  }

  @Test
  void failuresAndOnlyFilteredLinesArePartiallyFailed() {
    assertEquals(RunState.PARTIALLY_FAILED, runWithCounts(0, 0, 2, 1, 0).stateFromCounts());
  }

  @Test
  void failuresAndOnlyAlreadyCreatedLinesArePartiallyFailed() {
    assertEquals(RunState.PARTIALLY_FAILED, runWithCounts(0, 0, 2, 0, 1).stateFromCounts());
  }

  @Test
  void onlyFailuresFail() {
    assertEquals(RunState.FAILED, runWithCounts(0, 0, 7, 0, 0).stateFromCounts());
  }

  @Test
  void countReturnsTheCounterOfEachStatus() {
    Run run = runWithCounts(1, 2, 3, 4, 5);

    assertEquals(1, run.count(LineStatus.SUCCESS));
    assertEquals(2, run.count(LineStatus.PARTIAL_SUCCESS));
    assertEquals(3, run.count(LineStatus.FAILURE));
    assertEquals(4, run.count(LineStatus.FILTERED));
    assertEquals(5, run.count(LineStatus.ALREADY_CREATED));
    assertEquals(15, run.getTotalCount());
  }
}
