package com.passerelle.flow;

/** A flow saved from a stale copy: someone else saved it since (409). */
public class FlowChangedException extends RuntimeException {
  public FlowChangedException(String name) {
    super(
        "Flow \""
            + name
            + "\" was changed by someone else since you opened it: reload it and apply your"
            + " changes again");
  }
}
