package com.passerelle.flow;

/** A flow edited while one of its runs reads its file (409): the run keeps one set of rules. */
public class FlowBusyException extends RuntimeException {
  public FlowBusyException(String name, long runId) {
    super(
        "Flow \""
            + name
            + "\" has run #"
            + runId
            + " in progress: its rules cannot change under it. Save again once it has ended, or"
            + " stop it first (a stopped run resumes with the rules saved then)");
  }
}
