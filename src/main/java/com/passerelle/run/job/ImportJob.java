package com.passerelle.run.job;

import jakarta.batch.runtime.context.JobContext;

/** Names shared by the job XML (META-INF/batch-jobs/flow-import.xml) and its artifacts. */
public final class ImportJob {
  public static final String NAME = "flow-import";
  public static final String RUN_ID = "runId";

  /** Lines per chunk: one transaction writes this many lines with their checkpoint. */
  public static final int CHUNK_SIZE = 500;

  private ImportJob() {}

  public static long runId(JobContext job) {
    return Long.parseLong(job.getProperties().getProperty(RUN_ID));
  }
}
