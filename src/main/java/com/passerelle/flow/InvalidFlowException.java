package com.passerelle.flow;

import java.util.List;
import java.util.Map;

/** A flow definition that cannot be saved, with every reason at once, by field. */
public class InvalidFlowException extends RuntimeException {
  private final List<String> problems;
  private final Map<String, String> byField;

  public InvalidFlowException(FieldProblems problems) {
    super(String.join("; ", problems.messages()));
    this.problems = problems.messages();
    this.byField = problems.byField();
  }

  public List<String> problems() {
    return problems;
  }

  /** Field (e.g. {@code sftp.port}) to its problem, for forms. */
  public Map<String, String> byField() {
    return byField;
  }
}
