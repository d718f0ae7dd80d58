package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.Incidents;
import com.passerelle.db.Deadlocks;
import com.passerelle.run.job.ImportJob;
import com.passerelle.source.SourceFingerprint;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An admin's (or start-up recovery's) hand on a run: resume a stopped run from its checkpoint, or
 * stop a running or stuck one. The run's state changes under the flow's lock before the job is
 * touched, so two resumes, or a resume and "run now", never leave two runs of a flow in progress.
 */
@ApplicationScoped
public class RunControl {
  private static final Logger LOG = Logger.getLogger(RunControl.class.getName());
  private static final Duration STOP_WAIT = Duration.ofSeconds(20);
  private static final Duration EXECUTION_WAIT = Duration.ofSeconds(2);
  private static final Set<BatchStatus> ENDED =
      Set.of(BatchStatus.STOPPED, BatchStatus.FAILED, BatchStatus.COMPLETED, BatchStatus.ABANDONED);

  @Inject RunLifecycle lifecycle;
  @Inject RunRepository runs;
  @Inject RunFiles files;

  /** Restarts a run's job at its last checkpoint: lines already written are not written again. */
  public Run resume(long runId) {
    Run stopped = runs.find(runId);
    if (stopped == null || !RunLauncher.canResume(stopped)) {
      throw new RunConflictException("Run #" + runId + " cannot be resumed: it is not stopped");
    }
    JobOperator jobs = RunLauncher.jobs();
    BatchStatus last = statusOf(jobs, stopped.getJobExecutionId());
    if (last == BatchStatus.COMPLETED) {
      lifecycle.completedAfterStop(runId); // its job had read every line before it was stopped
      files.settle(runId);
      return runs.find(runId);
    }
    if (last != null && !ENDED.contains(last)) {
      throw new RunConflictException(
          "Run #" + runId + " is still stopping: try again in a few seconds");
    }
    requireSameFile(stopped);
    lifecycle.claimForResume(runId);
    try {
      long execution =
          jobs.restart(
              stopped.getJobExecutionId(), jobs.getParameters(stopped.getJobExecutionId()));
      lifecycle.attachExecution(runId, execution);
    } catch (RuntimeException e) {
      String incident =
          Incidents.report(LOG, Level.SEVERE, "Could not restart the job of run " + runId, e);
      lifecycle.interrupted(runId, "the restart failed (incident " + incident + ")");
      throw new RunConflictException(
          "Run #" + runId + " could not restart yet (incident " + incident + "): try again");
    }
    return runs.find(runId);
  }

  /**
   * Resumes here a run whose server died (its lease ran out, and this server claimed it). The dead
   * server's job execution cannot be restarted from another server, so a new job instance runs the
   * run: its reader starts after the last line the run committed. The run's file must be reachable
   * from here: the data folder is shared between servers.
   */
  public void takeOver(long runId) {
    Run run = runs.find(runId);
    if (run.getSourcePath() != null && !Files.isRegularFile(Path.of(run.getSourcePath()))) {
      lifecycle.fail(
          runId,
          ErrorCode.RUN_CRASHED,
          Params.of(
              "reason",
              "its server stopped and its file is not reachable from the server that took it over"
                  + " (servers must share passerelle.data.dir)"));
      return;
    }
    try {
      requireSameFile(run);
    } catch (RunConflictException e) {
      return; // failed as SOURCE_CHANGED
    }
    Properties params = new Properties();
    params.setProperty(ImportJob.RUN_ID, String.valueOf(runId));
    long execution = RunLauncher.jobs().start(ImportJob.NAME, params);
    lifecycle.attachExecution(runId, execution);
  }

  private void requireSameFile(Run run) {
    SourceFingerprint fingerprint = run.getSourceFingerprint();
    if (fingerprint == null) {
      return; // stopped before its file was checked: the restart checks it from the start
    }
    boolean same;
    try {
      same = fingerprint.matches(Path.of(run.getSourcePath()));
    } catch (IOException e) {
      same = false;
    }
    if (!same) {
      lifecycle.fail(run.getId(), ErrorCode.SOURCE_CHANGED, Params.of("file", run.getSourceName()));
      files.settle(run.getId());
      throw new RunConflictException(
          "Run #" + run.getId() + " cannot be resumed: its file changed since it started");
    }
  }

  /**
   * Stops a run: marked interrupted (resumable) at once, then its job is asked to stop after the
   * current chunk; returns when the job has stopped, or after a short wait. A run whose job is gone
   * (a stuck run) is simply marked interrupted: the way out of "in progress forever".
   */
  public Run stop(long runId, String user) {
    Run run = Deadlocks.retrying(() -> lifecycle.stop(runId, user));
    Long execution =
        run.getJobExecutionId() != null ? run.getJobExecutionId() : executionSoon(runId);
    // No execution at all: the job has not begun, and its first step sees the run stopped.
    if (execution != null && stopJob(execution) == BatchStatus.COMPLETED) {
      lifecycle.completedAfterStop(runId); // it finished before the stop reached it
      files.settle(runId);
    }
    return runs.find(runId);
  }

  /** A run created a moment ago gets its execution id as its job starts: wait for it briefly. */
  private Long executionSoon(long runId) {
    long deadline = System.nanoTime() + EXECUTION_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Long execution = runs.find(runId).getJobExecutionId();
      if (execution != null) {
        return execution;
      }
      pause();
    }
    return null;
  }

  private BatchStatus stopJob(long execution) {
    JobOperator jobs = RunLauncher.jobs();
    try {
      jobs.stop(execution);
    } catch (JobExecutionNotRunningException | NoSuchJobExecutionException alreadyOver) {
      // nothing runs: marking the run interrupted was all there was to do
    }
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    BatchStatus status;
    do {
      status = statusOf(jobs, execution);
      if (status == null || ENDED.contains(status)) {
        return status;
      }
      pause();
    } while (System.nanoTime() < deadline);
    return status;
  }

  private static BatchStatus statusOf(JobOperator jobs, long execution) {
    try {
      return jobs.getJobExecution(execution).getBatchStatus();
    } catch (NoSuchJobExecutionException gone) {
      return null;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a job to stop", e);
    }
  }
}
