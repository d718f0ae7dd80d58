package com.passerelle.run.job;

import com.passerelle.run.RunFiles;
import com.passerelle.run.RunLifecycle;
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

  /** The job names its execution itself: the run knows it even if the launcher never returns. */
  @Override
  public void beforeJob() {
    lifecycle.attachExecution(ImportJob.runId(job), job.getExecutionId());
  }

  @Override
  public void afterJob() {
    // While afterJob runs, a job that went well is still STARTED; a failed step made it FAILED.
    BatchStatus status = job.getBatchStatus();
    boolean completed = status == BatchStatus.STARTED || status == BatchStatus.COMPLETED;
    String reason = completed ? null : "import job ended with status " + job.getBatchStatus();
    long runId = ImportJob.runId(job);
    lifecycle.jobEnded(runId, completed, reason);
    files.settle(runId);
  }
}
