package com.passerelle.run.job;

import com.passerelle.run.RunEndWaits;
import com.passerelle.run.RunFiles;
import com.passerelle.run.RunLifecycle;
import com.passerelle.schedule.FollowUps;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Mirrors the job's start and end onto the run row that pages and API read. */
@Named("runJobListener")
@Dependent
public class RunJobListener extends AbstractJobListener {
  @Inject JobContext job;
  @Inject RunLifecycle lifecycle;
  @Inject RunFiles files;
  @Inject FollowUps followUps;
  @Inject RunEndWaits waits;

  /** The job names its execution itself: the run knows it even if the launcher never returns. */
  @Override
  public void beforeJob() {
    lifecycle.attachExecution(ImportJob.runId(job), job.getExecutionId());
  }

  @Override
  public void afterJob() {
    // While afterJob runs, a job that went well is still STARTED; a failed step made it FAILED;
    // one stopped without an admin's stop (the run is still in progress) met a server shutdown.
    BatchStatus status = job.getBatchStatus();
    long runId = ImportJob.runId(job);
    if (!lifecycle.leaseHeldHere(runId)) {
      return; // another server took the run over while this one stalled: it finishes the run
    }
    boolean serverStops = false;
    if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
      serverStops = lifecycle.jobStopped(runId);
    } else {
      boolean completed = status == BatchStatus.STARTED || status == BatchStatus.COMPLETED;
      lifecycle.jobEnded(
          runId, completed, completed ? null : "import job ended with status " + status);
    }
    files.settle(runId);
    followUps.afterRun(runId);
    // Last: whatever it meets, the run's end is recorded and its file settled. A waiter held over
    // a shutdown would hold the server's stop (its quiesce) until the waiter's own time is up.
    if (serverStops) {
      waits.stop();
    } else {
      waits.ended();
    }
  }
}
