package com.passerelle.flow;

import java.util.List;

/** A flow definition that cannot be saved, with every reason at once. */
public class InvalidFlowException extends RuntimeException {
  private final List<String> problems;

  public InvalidFlowException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
