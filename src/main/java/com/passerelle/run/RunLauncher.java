package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.NotFoundException;
import com.passerelle.run.job.ImportJob;
import com.passerelle.source.DropZone;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts and resumes runs. The run row is committed before the job starts, so a crash at any point
 * leaves a run with a state, never a job without a run.
 */
@ApplicationScoped
public class RunLauncher {
  private static final Logger LOG = Logger.getLogger(RunLauncher.class.getName());

  @Inject RunLifecycle lifecycle;
  @Inject RunRepository runs;
  @Inject DropZone dropZone;

  /** Runs the newest file of the flow's drop zone (or records that there is none). */
  public Run runNow(long flowId, RunTrigger trigger, String user) {
    return start(flowId, trigger, user, dropZone.newestFile(flowId).orElse(null));
  }

  /**
   * Stores an uploaded file in the flow's drop zone and runs it. A refused start (a run already in
   * progress) removes the file again, so a later "run now" never imports what was refused.
   */
  public Run startUpload(long flowId, String user, String fileName, InputStream content) {
    Path stored = dropZone.store(flowId, fileName, content);
    try {
      return start(flowId, RunTrigger.MANUAL, user, stored);
    } catch (RuntimeException refused) {
      try {
        Files.deleteIfExists(stored);
      } catch (IOException e) {
        refused.addSuppressed(e);
      }
      throw refused;
    }
  }

  public Run start(long flowId, RunTrigger trigger, String user, Path file) {
    Run run = lifecycle.create(flowId, trigger, user, file);
    Properties params = new Properties();
    params.setProperty(ImportJob.RUN_ID, run.getId().toString());
    try {
      long execution = jobs().start(ImportJob.NAME, params);
      lifecycle.attachExecution(run.getId(), execution);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not start the import job of run " + run.getId(), e);
      lifecycle.fail(run.getId(), ErrorCode.RUN_CRASHED, Params.of("reason", e.toString()));
    }
    return runs.find(run.getId());
  }

  /** Restarts a run's job at its last checkpoint: lines already written are not written again. */
  public Run resume(long runId) {
    Run run = runs.find(runId);
    if (run == null) {
      throw new NotFoundException("Run", runId);
    }
    if (!canResume(run)) {
      throw new IllegalStateException("Run #" + runId + " cannot be resumed");
    }
    JobOperator jobs = jobs();
    long execution =
        jobs.restart(run.getJobExecutionId(), jobs.getParameters(run.getJobExecutionId()));
    lifecycle.resumed(runId, execution);
    return runs.find(runId);
  }

  /** Only runs stopped by a crash resume; a rejected file would fail the same way again. */
  public static boolean canResume(Run run) {
    return run.getJobExecutionId() != null
        && (run.getState() == RunState.INTERRUPTED
            || ErrorCode.RUN_CRASHED.name().equals(run.getErrorCode()));
  }

  static JobOperator jobs() {
    return BatchRuntime.getJobOperator();
  }
}
