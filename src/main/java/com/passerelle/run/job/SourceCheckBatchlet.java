package com.passerelle.run.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step: ends the job with exit status REJECTED when a run-level check fails. */
@Named("sourceCheckBatchlet")
@Dependent
public class SourceCheckBatchlet extends AbstractBatchlet {
  static final String REJECTED = "REJECTED";

  @Inject JobContext job;
  @Inject SourceCheck check;

  @Override
  public String process() {
    String exit = check.check(ImportJob.runId(job)).isPresent() ? REJECTED : "CHECKED";
    job.setExitStatus(exit);
    return exit;
  }
}
