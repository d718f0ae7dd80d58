package com.passerelle.flow;

import com.passerelle.catalog.ExplainedMessage;
import java.util.List;

/**
 * Evaluates a sample line with a flow's settings before they are saved, so an admin sees which
 * template rule applies and which line errors come up. Implemented where lines are evaluated (the
 * run package), which depends on flows and not the other way round.
 */
public interface SampleLineTester {
  /** What the sample line would become: a status, its template (if any) and its messages. */
  record Outcome(String status, String template, List<ExplainedMessage> messages) {}

  /**
   * @param flow the unsaved settings
   * @param sample the file's header line, then one data line, in the flow's delimiter
   */
  Outcome test(Flow flow, String sample);
}
