package com.passerelle.run.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * First step: ends the job with exit status REJECTED when a run-level check fails, or STOPPED when
 * an admin stopped the run before its job began (the job is then resumable from here).
 */
@Named("sourceCheckBatchlet")
@Dependent
public class SourceCheckBatchlet extends AbstractBatchlet {
  static final String REJECTED = "REJECTED";
  static final String STOPPED = "STOPPED";

  @Inject JobContext job;
  @Inject SourceCheck check;

  @Override
  public String process() {
    long runId = ImportJob.runId(job);
    String exit =
        !check.stillInProgress(runId)
            ? STOPPED
            : check.check(runId).isPresent() ? REJECTED : "CHECKED";
    job.setExitStatus(exit);
    return exit;
  }
}
