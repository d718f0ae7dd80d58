package com.passerelle.run.job;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * First step: brings a remote source's data into the run's file, or ends the job with exit status
 * REJECTED when the run ended here (a connection error, no new file, first sync pending).
 */
@Named("sourceFetchBatchlet")
@Dependent
public class SourceFetchBatchlet extends AbstractBatchlet {
  @Inject JobContext job;
  @Inject SourceFetch fetch;
  @Inject SourceCheck check;

  @Override
  public String process() {
    long runId = ImportJob.runId(job);
    String exit =
        !check.stillInProgress(runId)
            ? SourceCheckBatchlet.STOPPED
            : fetch.fetch(runId) ? "FETCHED" : SourceCheckBatchlet.REJECTED;
    job.setExitStatus(exit);
    return exit;
  }
}
