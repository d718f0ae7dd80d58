package com.passerelle.run.job;

import com.passerelle.run.RunLifecycle;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Mirrors the job's end onto the run row that pages and API read. */
@Named("runJobListener")
@Dependent
public class RunJobListener extends AbstractJobListener {
  @Inject JobContext job;
  @Inject RunLifecycle lifecycle;

  @Override
  public void afterJob() {
    // While afterJob runs, a job that went well is still STARTED; a failed step made it FAILED.
    BatchStatus status = job.getBatchStatus();
    boolean completed = status == BatchStatus.STARTED || status == BatchStatus.COMPLETED;
    String reason = completed ? null : "import job ended with status " + job.getBatchStatus();
    lifecycle.jobEnded(ImportJob.runId(job), completed, reason);
  }
}
