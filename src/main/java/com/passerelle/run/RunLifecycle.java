package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.NotFoundException;
import com.passerelle.failure.FailureLog;
import com.passerelle.flow.Flow;
import com.passerelle.metrics.RunMetrics;
import com.passerelle.source.SourceFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** State changes of a run, each in its own short transaction. */
@ApplicationScoped
@Transactional
public class RunLifecycle {
  private static final Logger LOG = Logger.getLogger(RunLifecycle.class.getName());

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject FailureLog failures;
  @Inject RunMetrics metrics;

  /**
   * Creates a run after claiming the flow row: the lock makes two simultaneous triggers (two
   * clicks, two servers) see each other, so only one run per flow is ever in progress.
   */
  public Run create(
      long flowId, RunTrigger trigger, String user, Path source, SourceOrigin origin) {
    return create(flowId, trigger, user, source, origin, false);
  }

  /** As {@link #create}, a dry run when asked: that never changes afterwards. */
  public Run create(
      long flowId,
      RunTrigger trigger,
      String user,
      Path source,
      SourceOrigin origin,
      boolean dryRun) {
    lockFlowWithNoRunInProgress(flowId);
    Run run = new Run(flowId, trigger, user);
    run.setKind(dryRun, null);
    run.fixPurpose(em.find(Flow.class, flowId));
    run.leasedHere(); // a run whose job never starts (its server died) is taken over in time
    if (source != null) {
      run.setSource(source.getFileName().toString(), source.toAbsolutePath().toString());
      run.setSourceOrigin(origin);
    }
    em.persist(run);
    metrics.started(false);
    return run;
  }

  /**
   * Puts a stopped run back in progress, under the same flow lock as {@link #create}: a resume
   * competes with "run now" and with other resumes, and exactly one of them wins.
   */
  public Run claimForResume(long runId) {
    Run run = find(runId);
    lockFlowWithNoRunInProgress(run.getFlowId());
    em.refresh(run); // read again under the lock: another resume may have just won
    if (!RunLauncher.canResume(run)) {
      throw new RunConflictException("Run #" + runId + " cannot be resumed: it is not stopped");
    }
    run.resumed();
    metrics.started(true);
    return run;
  }

  /** An admin stops a run: it is marked interrupted (resumable) before its job is told to stop. */
  public Run stop(long runId, String user) {
    Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run == null) {
      throw new NotFoundException("Run", runId);
    }
    if (run.getState().finished()) {
      throw new RunConflictException("Run #" + runId + " is not in progress");
    }
    run.setError(ErrorCode.RUN_STOPPED, Params.of("user", String.valueOf(user)));
    run.finish(RunState.INTERRUPTED);
    metrics.finished(run);
    return run;
  }

  /**
   * The run's job runs here now: this server leases the run (see {@link RunLeases}), unless another
   * server holds a live lease on it (then that server runs it, and this job is fenced).
   */
  public void attachExecution(long runId, long executionId) {
    em.createQuery(
            "update Run r set r.jobExecutionId = :exec, r.leaseOwner = :me, r.leaseUntil = :until"
                + " where r.id = :id and (r.leaseOwner is null or r.leaseOwner = :me"
                + " or r.leaseUntil < :now)")
        .setParameter("now", Instant.now())
        .setParameter("exec", executionId)
        .setParameter("me", ServerIdentity.ID)
        .setParameter("until", Instant.now().plus(RunLeases.LEASE))
        .setParameter("id", runId)
        .executeUpdate();
  }

  public void recordSource(long runId, SourceFingerprint fingerprint) {
    find(runId).setSourceFingerprint(fingerprint);
  }

  /** The run's file moved (archived, or given back to the drop zone). */
  public void sourceMoved(long runId, Path now) {
    find(runId).setSource(find(runId).getSourceName(), now.toAbsolutePath().toString());
  }

  /** Ends a run on a run-level error, and records the failure for monitoring. */
  public void fail(long runId, ErrorCode code, Map<String, String> params) {
    Run run = find(runId);
    run.fail(code, params);
    metrics.finished(run);
    if (run.isDryRun()) {
      return; // a dry run's errors are on its page, not in the production failure counts
    }
    Flow flow = em.find(Flow.class, run.getFlowId());
    failures.runFailed(
        flow.getSourceType().integrationType(),
        failureCode(code, params),
        flow.getId(),
        run.getId());
  }

  /**
   * The code monitoring counts: an HTTP status the source answered (an HRIS API's 401, 404, 503),
   * so the dashboard and the common-errors catalog speak of it as of any HTTP failure; else ours.
   */
  static String failureCode(ErrorCode code, Map<String, String> params) {
    String status = params == null ? null : params.get("status");
    return status != null && status.matches("[3-5]\\d\\d") ? status : code.name();
  }

  /**
   * Ends a run that found nothing to read (no new remote file, an HRIS still in its first sync):
   * not a failure, so nothing goes to the failure log.
   */
  public void endedWithNothingToRead(
      long runId, RunState state, ErrorCode code, Map<String, String> params) {
    Run run = find(runId);
    run.setError(code, params);
    run.finish(state);
    metrics.finished(run);
  }

  /** An API source was read into a staged file: the run imports it like any file. */
  public void apiSourceRead(long runId, Path staged, Instant readStartedAt) {
    Run run = find(runId);
    run.setSource(staged.getFileName().toString(), staged.toAbsolutePath().toString());
    run.setSourceOrigin(SourceOrigin.HRIS_API);
    run.setSourceReadAt(readStartedAt);
  }

  /** Called when the import job ends, whatever the way. */
  public void jobEnded(long runId, boolean completed, String reason) {
    Run run = em.find(Run.class, runId);
    if (run == null || run.getState().finished()) {
      return; // already failed by the source check, or stopped by an admin
    }
    if (!run.leaseHeldHere()) {
      LOG.warning(
          "Run "
              + runId
              + " is leased by "
              + run.getLeaseOwner()
              + ": this server's job"
              + " ended without a say on it");
      return;
    }
    if (!completed) {
      fail(runId, ErrorCode.RUN_CRASHED, Params.of("reason", reason));
      return;
    }
    finishFromCounts(run);
  }

  /**
   * The job stopped. After an admin's stop the run is already interrupted; otherwise the server is
   * shutting down (Liberty stops the jobs it runs), and the run stays in progress so that start-up
   * recovery resumes it from its checkpoint, as after a crash. True in that case: the server stops.
   */
  public boolean jobStopped(long runId) {
    Run run = em.find(Run.class, runId);
    if (run != null && !run.getState().finished()) {
      LOG.info("Run " + runId + " stopped by the server's shutdown: resumed at the next start");
      return true;
    }
    return false;
  }

  /** A stopped run whose job had in fact read every line: it ends as if it had not been stopped. */
  public void completedAfterStop(long runId) {
    Run run = find(runId);
    if (run.getState() == RunState.INTERRUPTED) {
      finishFromCounts(run);
    }
  }

  private void finishFromCounts(Run run) {
    if (run.getTotalCount() == 0 && run.getSourceReadAt() != null) {
      run.setError(ErrorCode.HRIS_NO_CHANGES, Params.of("since", sinceOf(run)));
    } else if (run.getTotalCount() == 0) {
      run.setError(ErrorCode.NO_DATA_LINES, Params.of("file", run.getSourceName()));
    } else {
      run.clearError();
    }
    run.finish(run.stateFromCounts());
    metrics.finished(run);
    if (run.getSourceReadAt() != null && run.getState() != RunState.FAILED && !run.isDryRun()) {
      // seed 004: the next read asks for what changed since this successful one began
      // a bulk update: the flow's version stays, so an admin's open edit is not "changed by
      // someone else" because a run ended
      em.createQuery("update Flow f set f.hris.updatedAfter = :at where f.id = :id")
          .setParameter("at", run.getSourceReadAt())
          .setParameter("id", run.getFlowId())
          .executeUpdate();
    }
  }

  private String sinceOf(Run run) {
    Instant since = em.find(Flow.class, run.getFlowId()).getHris().getUpdatedAfter();
    return since == null ? "the beginning (a full read)" : since.toString();
  }

  public void interrupted(long runId, String reason) {
    Run run = find(runId);
    run.setError(ErrorCode.RUN_CRASHED, Params.of("reason", reason));
    run.finish(RunState.INTERRUPTED);
    metrics.finished(run);
  }

  /** A run whose job never started (a crash right after it was created): it read nothing. */
  public void neverStarted(long runId, String reason) {
    Run run = find(runId);
    run.setError(ErrorCode.RUN_NOT_STARTED, Params.of("reason", reason));
    run.finish(RunState.FAILED);
    metrics.finished(run);
  }

  public List<Run> inProgress() {
    return em.createQuery("select r from Run r where r.state = :state", Run.class)
        .setParameter("state", RunState.IN_PROGRESS)
        .getResultList();
  }

  /** Whether this server's job may still settle the run (see {@link Run#leaseHeldHere}). */
  public boolean leaseHeldHere(long runId) {
    Run run = em.find(Run.class, runId);
    return run != null && run.leaseHeldHere();
  }

  private Run find(long runId) {
    Run run = em.find(Run.class, runId);
    if (run == null) {
      throw new NotFoundException("Run", runId);
    }
    return run;
  }

  /** The flow row, locked until the transaction ends: runs of the flow start one at a time. */
  Flow lockFlow(long flowId) {
    Flow flow = em.find(Flow.class, flowId, LockModeType.PESSIMISTIC_WRITE);
    if (flow == null) {
      throw new NotFoundException("Flow", flowId);
    }
    return flow;
  }

  void lockFlowWithNoRunInProgress(long flowId) {
    lockFlow(flowId);
    List<Long> running =
        em.createQuery(
                "select r.id from Run r where r.flowId = :flow and r.state = :state", Long.class)
            .setParameter("flow", flowId)
            .setParameter("state", RunState.IN_PROGRESS)
            .setMaxResults(1)
            .getResultList();
    if (!running.isEmpty()) {
      throw new RunAlreadyInProgressException(running.get(0));
    }
  }
}
