package com.passerelle.run;

/** An action a run's state does not allow (resume a finished run, stop a stopped one): a 409. */
public class RunConflictException extends RuntimeException {
  public RunConflictException(String message) {
    super(message);
  }
}
