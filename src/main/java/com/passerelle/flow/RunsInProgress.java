package com.passerelle.flow;

import java.util.Optional;

/**
 * Whether a flow has a run reading its file now. A flow's rules are read when a run (re)opens its
 * file, so an edit during a run would give, after a restart, one run read with two rule sets: edits
 * wait for the run. Implemented by the run package, which depends on flows.
 */
public interface RunsInProgress {
  /** The id of the flow's run in progress, if any (call with the flow's row locked). */
  Optional<Long> of(long flowId);
}
