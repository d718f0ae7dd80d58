package com.passerelle.run;

import com.passerelle.flow.FlowService;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash, runs are left IN_PROGRESS while their job is dead. At start-up this marks them
 * INTERRUPTED and restarts their job from its last checkpoint, so no line is lost or written twice;
 * then it settles the files a crash left between drop zone, processing and archive.
 */
@ApplicationScoped
public class RunRecovery {
  private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

  @Inject RunLifecycle lifecycle;
  @Inject RunControl control;
  @Inject RunFiles files;
  @Inject FlowService flows;
  @Inject RunLeaseStore leases;

  public void recover() {
    JobOperator jobs = BatchRuntime.getJobOperator();
    // The first batch API call activates Liberty's batch recovery, which marks the executions
    // this server left running as FAILED (shared/STACK.md).
    jobs.getJobNames();
    for (Run run : lifecycle.inProgress()) {
      try {
        recover(jobs, run);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not recover run " + run.getId(), e);
      }
    }
    flows.list().forEach(flow -> files.sweep(flow.getId()));
  }

  private void recover(JobOperator jobs, Run run) {
    if (!run.leaseHeldHere()
        && run.getLeaseUntil() != null
        && run.getLeaseUntil().isAfter(java.time.Instant.now())) {
      return; // another live server runs it (or launches it right now); if it dies, its lease
      // runs out and the heartbeat takes the run over
    }
    if (run.getJobExecutionId() == null) {
      // crashed between creating the run and starting its job: nothing was read
      lifecycle.neverStarted(run.getId(), "the server stopped first");
      files.settle(run.getId());
      return;
    }
    BatchStatus status = jobs.getJobExecution(run.getJobExecutionId()).getBatchStatus();
    if (status == BatchStatus.STARTED || status == BatchStatus.STARTING) {
      return; // still running (another server, or recovery not applicable): leave it alone
    }
    if (status == BatchStatus.COMPLETED) {
      lifecycle.jobEnded(run.getId(), true, null); // the job ended but its listener did not
      files.settle(run.getId());
      return;
    }
    if (!leases.claimFrom(run.getId(), run.getLeaseOwner())) {
      return; // another server took it over once its lease ran out
    }
    lifecycle.interrupted(run.getId(), "the server stopped during the run");
    LOG.info("Resuming interrupted run " + run.getId());
    control.resume(run.getId());
  }
}
