package com.passerelle.run;

/** One line of the Activity line view, with the run it belongs to. */
public record ActivityLine(Run run, Line line) {
  /** The line's first message (the one the view shows), or null. */
  public LineMessage firstMessage() {
    return line.getMessages().isEmpty() ? null : line.getMessages().get(0);
  }
}
