package com.passerelle.flow;

/** Another flow has this name (flow names are unique): a 409, whether found first or raced. */
public class FlowNameTakenException extends RuntimeException {
  public FlowNameTakenException(String name) {
    super("A flow named \"" + name + "\" already exists");
  }
}
