package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.Incidents;
import com.passerelle.flow.FlowService;
import com.passerelle.flow.SourceType;
import com.passerelle.run.job.ImportJob;
import com.passerelle.source.DropZone;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts runs. The run row is committed before its file is claimed and before the job starts, so a
 * crash at any point leaves a run with a state, never a job without a run; a run that never started
 * gives its file back (RunFiles).
 */
@ApplicationScoped
public class RunLauncher {
  private static final Logger LOG = Logger.getLogger(RunLauncher.class.getName());

  @Inject RunLifecycle lifecycle;
  @Inject RunRepository runs;
  @Inject RunFiles files;
  @Inject DropZone dropZone;
  @Inject FlowService flows;
  @Inject RunReruns reruns;

  /**
   * Runs the oldest settled file waiting in the flow's drop zone (or records that there is none); a
   * flow with a remote source fetches it in the run's first step.
   */
  public Run runNow(long flowId, RunTrigger trigger, String user) {
    return runNow(flowId, trigger, user, false);
  }

  /**
   * As {@link #runNow}; a dry run evaluates a copy of the oldest waiting file, which stays waiting
   * for a real run (a remote source's dry run leaves its source as it was, see SourceFetch).
   */
  public Run runNow(long flowId, RunTrigger trigger, String user, boolean dryRun) {
    if (flows.get(flowId).getSourceType() != SourceType.FOLDER) {
      // its first step fetches the source
      return start(flowId, trigger, user, null, null, null, dryRun);
    }
    Path next = dropZone.nextFile(flowId).orElse(null);
    String name = next == null ? null : next.getFileName().toString();
    return start(flowId, trigger, user, next, name, SourceOrigin.DROP_ZONE, dryRun);
  }

  /** Runs an uploaded file: it goes straight to the run, never through the waiting files. */
  public Run startUpload(long flowId, String user, String fileName, InputStream content) {
    return startUpload(flowId, user, fileName, content, false);
  }

  /** As {@link #startUpload}, a dry run when asked (the file is evaluated, nothing imported). */
  public Run startUpload(
      long flowId, String user, String fileName, InputStream content, boolean dryRun) {
    Path received = dropZone.receive(flowId, content);
    try {
      return start(
          flowId, RunTrigger.MANUAL, user, received, fileName, SourceOrigin.UPLOAD, dryRun);
    } catch (RuntimeException refused) {
      try {
        Files.deleteIfExists(received);
      } catch (IOException e) {
        refused.addSuppressed(e);
      }
      throw refused;
    }
  }

  /**
   * Re-runs the Failure lines of a finished run (its file, its line numbers, the flow's current
   * rules); refused (409) while that is not possible, see {@link RunReruns#whyNot}.
   */
  public Run rerunFailures(long runId, String user) {
    // Checked first outside the transaction too (a refusal there rolls back noisily); create()
    // checks again under the flow's lock, which is what decides.
    Run old = runs.find(runId);
    if (old != null) {
      String why = RunReruns.whyNot(old);
      Run running =
          reruns.of(runId).stream()
              .filter(r -> r.getState() == RunState.IN_PROGRESS)
              .findFirst()
              .orElse(null);
      if (why == null && running != null) {
        why = RunReruns.inProgress(running.getId(), runId);
      }
      if (why != null) {
        throw new RunConflictException(why);
      }
    }
    return startJob(reruns.create(runId, user));
  }

  /**
   * Receives a file and runs it. A refused start (a run already in progress) deletes the file, so
   * nothing refused is ever imported later.
   */
  public Run startFile(
      long flowId, RunTrigger trigger, String user, String fileName, InputStream content) {
    Path received = dropZone.receive(flowId, content);
    try {
      return start(flowId, trigger, user, received, fileName, SourceOrigin.UPLOAD);
    } catch (RuntimeException refused) {
      try {
        Files.deleteIfExists(received);
      } catch (IOException e) {
        refused.addSuppressed(e);
      }
      throw refused;
    }
  }

  private Run start(
      long flowId, RunTrigger trigger, String user, Path file, String name, SourceOrigin origin) {
    return start(flowId, trigger, user, file, name, origin, false);
  }

  private Run start(
      long flowId,
      RunTrigger trigger,
      String user,
      Path file,
      String name,
      SourceOrigin origin,
      boolean dryRun) {
    Path claimed = file == null ? null : dropZone.claimTarget(flowId, name);
    Run run = lifecycle.create(flowId, trigger, user, claimed, origin, dryRun);
    if (file != null) {
      try {
        if (dryRun && origin == SourceOrigin.DROP_ZONE) {
          copy(file, claimed); // the waiting file stays for the real run
        } else {
          dropZone.move(file, claimed);
        }
      } catch (UncheckedIOException e) {
        String incident =
            Incidents.report(
                LOG, Level.SEVERE, "Could not claim the file of run " + run.getId(), e);
        lifecycle.fail(run.getId(), ErrorCode.FILE_UNREADABLE, unreadable(name, incident));
        return runs.find(run.getId());
      }
    }
    return startJob(run);
  }

  private Run startJob(Run run) {
    Properties params = new Properties();
    params.setProperty(ImportJob.RUN_ID, run.getId().toString());
    try {
      long execution = jobs().start(ImportJob.NAME, params);
      lifecycle.attachExecution(run.getId(), execution);
    } catch (RuntimeException e) {
      String incident =
          Incidents.report(
              LOG, Level.SEVERE, "Could not start the import job of run " + run.getId(), e);
      lifecycle.fail(
          run.getId(),
          ErrorCode.RUN_NOT_STARTED,
          Params.of("reason", "the import job could not start (incident " + incident + ")"));
      files.settle(run.getId());
    }
    return runs.find(run.getId());
  }

  /** Copies next to the target, then renames: no run ever sees half of the copy. */
  private void copy(Path from, Path to) {
    Path part = to.resolveSibling(to.getFileName() + ".part");
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dropZone.move(part, to);
  }

  private static java.util.Map<String, String> unreadable(String name, String incident) {
    return Params.of("file", name, "reason", "it could not be moved (incident " + incident + ")");
  }

  /** Only runs stopped by a crash or an admin resume; a rejected file would fail the same way. */
  public static boolean canResume(Run run) {
    return run.getJobExecutionId() != null
        && (run.getState() == RunState.INTERRUPTED
            || ErrorCode.RUN_CRASHED.name().equals(run.getErrorCode()));
  }

  static JobOperator jobs() {
    return BatchRuntime.getJobOperator();
  }
}
