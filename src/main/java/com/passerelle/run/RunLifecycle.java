package com.passerelle.run;

import com.passerelle.catalog.ErrorCode;
import com.passerelle.catalog.Params;
import com.passerelle.common.NotFoundException;
import com.passerelle.failure.FailureLog;
import com.passerelle.flow.Flow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** State changes of a run, each in its own short transaction. */
@ApplicationScoped
@Transactional
public class RunLifecycle {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject FailureLog failures;

  /**
   * Creates a run after claiming the flow row: the lock makes two simultaneous triggers (two
   * clicks, two servers) see each other, so only one run per flow is ever in progress.
   */
  public Run create(long flowId, RunTrigger trigger, String user, Path source) {
    Flow flow = em.find(Flow.class, flowId, LockModeType.PESSIMISTIC_WRITE);
    if (flow == null) {
      throw new NotFoundException("Flow", flowId);
    }
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
    Run run = new Run(flowId, trigger, user);
    if (source != null) {
      run.setSource(source.getFileName().toString(), source.toAbsolutePath().toString());
    }
    em.persist(run);
    return run;
  }

  public void attachExecution(long runId, long executionId) {
    em.createQuery("update Run r set r.jobExecutionId = :exec where r.id = :id")
        .setParameter("exec", executionId)
        .setParameter("id", runId)
        .executeUpdate();
  }

  /** Ends a run on a run-level error, and records the failure for monitoring. */
  public void fail(long runId, ErrorCode code, Map<String, String> params) {
    Run run = em.find(Run.class, runId);
    run.fail(code, params);
    Flow flow = em.find(Flow.class, run.getFlowId());
    failures.runFailed(
        flow.getSourceType().integrationType(), code.name(), flow.getId(), run.getId());
  }

  /** Called when the import job ends, whatever the way. */
  public void jobEnded(long runId, boolean completed, String reason) {
    Run run = em.find(Run.class, runId);
    if (run == null || run.getState().finished()) {
      return; // already failed by the source check
    }
    if (!completed) {
      fail(runId, ErrorCode.RUN_CRASHED, Params.of("reason", reason));
      return;
    }
    if (run.getTotalCount() == 0) {
      run.setError(ErrorCode.NO_DATA_LINES, Params.of("file", run.getSourceName()));
    }
    run.finish(run.stateFromCounts());
  }

  public void interrupted(long runId) {
    Run run = em.find(Run.class, runId);
    run.setError(ErrorCode.RUN_CRASHED, Params.of("reason", "the server stopped during the run"));
    run.finish(RunState.INTERRUPTED);
  }

  public void resumed(long runId, long executionId) {
    Run run = em.find(Run.class, runId);
    run.resumed();
    run.setJobExecutionId(executionId);
  }

  public List<Run> inProgress() {
    return em.createQuery("select r from Run r where r.state = :state", Run.class)
        .setParameter("state", RunState.IN_PROGRESS)
        .getResultList();
  }
}
