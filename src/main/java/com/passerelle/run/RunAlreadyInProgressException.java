package com.passerelle.run;

/** A flow runs once at a time: a second trigger is refused, not queued or doubled. */
public class RunAlreadyInProgressException extends RuntimeException {
  private final long runningRunId;

  public RunAlreadyInProgressException(long runningRunId) {
    super("Run #" + runningRunId + " of this flow is still in progress");
    this.runningRunId = runningRunId;
  }

  public long runningRunId() {
    return runningRunId;
  }
}
