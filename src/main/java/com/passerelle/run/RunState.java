package com.passerelle.run;

/** Where a run stands. INTERRUPTED: the server stopped under it; it can be resumed. */
public enum RunState {
  IN_PROGRESS("In progress"),
  SUCCEEDED("Succeeded"),
  PARTIALLY_FAILED("Partially failed"),
  FAILED("Failed"),
  INTERRUPTED("Interrupted");

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
