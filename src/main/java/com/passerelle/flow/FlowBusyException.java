package com.passerelle.flow;

/**
 * A flow's line rules (mapping, format, value lists, template rules...) edited while one of its
 * runs reads its file (409): the run keeps one set of rules. Other settings (schedule, active,
 * name) may change.
 */
public class FlowBusyException extends RuntimeException {
  public FlowBusyException(String name, long runId) {
    super(
        "Flow \""
            + name
            + "\" has run #"
            + runId
            + " in progress: how its lines are read cannot change under it. Save again once it"
            + " has ended, or stop it first (a stopped run resumes with the rules saved then)");
  }
}
