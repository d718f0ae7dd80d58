package com.passerelle.run;

/** Where a run stands. INTERRUPTED: the server stopped under it; it can be resumed. */
public enum RunState {
  IN_PROGRESS("In progress"),
  SUCCEEDED("Succeeded"),
  PARTIALLY_FAILED("Partially failed"),
  FAILED("Failed"),
  INTERRUPTED("Interrupted"),
  /** A remote source had no new file: nothing to do, not a failure. */
  NO_FILE("No new file"),
  /** The HRIS has not finished its first sync (seed 004): not a failure, a later run reads. */
  WAITING_FIRST_SYNC("Waiting for first sync");

  private final String label;

  RunState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean finished() {
    return this != IN_PROGRESS;
  }
}
