package com.passerelle.schedule;

import com.passerelle.common.NotFoundException;
import com.passerelle.run.Run;
import com.passerelle.run.RunAlreadyInProgressException;
import com.passerelle.run.RunLauncher;
import com.passerelle.run.RunTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires a flow for a schedule or a webhook: starts a run, or records that one was in progress
 * (never a second run, never a queue). Each firing is written down for the flow page.
 */
@ApplicationScoped
public class FlowTriggers implements FlowFiring {
  private static final Logger LOG = Logger.getLogger(FlowTriggers.class.getName());

  @Inject RunLauncher launcher;
  @Inject TriggerLog log;

  @Override
  public void fire(long flowId, FlowTrigger.Source source) {
    start(flowId, source);
  }

  /** Starts a run outside any transaction (the launcher commits each step itself). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public FlowTrigger start(long flowId, FlowTrigger.Source source) {
    RunTrigger trigger =
        source == FlowTrigger.Source.SCHEDULE ? RunTrigger.SCHEDULE : RunTrigger.WEBHOOK;
    try {
      Run run = launcher.runNow(flowId, trigger, null);
      return record(
          new FlowTrigger(flowId, source, FlowTrigger.Outcome.STARTED, run.getId(), null));
    } catch (RunAlreadyInProgressException e) {
      return record(
          new FlowTrigger(
              flowId,
              source,
              FlowTrigger.Outcome.SKIPPED,
              e.runningRunId(),
              "run #" + e.runningRunId() + " was in progress"));
    } catch (NotFoundException e) {
      throw e; // the flow is gone: nothing to record it on
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Trigger of flow " + flowId + " could not start a run", e);
      return record(
          new FlowTrigger(flowId, source, FlowTrigger.Outcome.FAILED, null, e.getMessage()));
    }
  }

  private FlowTrigger record(FlowTrigger trigger) {
    return log.record(trigger);
  }
}
