package com.passerelle.run;

import com.passerelle.common.NotFoundException;
import com.passerelle.flow.Flow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs of a run's Failure lines: once the cause is fixed (a value list, a stakeholder created),
 * a new run reads the old run's file again, only the lines that failed, with the flow's current
 * rules, and keeps their line numbers. Created under the flow's lock like any run.
 */
@ApplicationScoped
@Transactional
public class RunReruns {
  /** A run's page lists at most this many of its re-runs (newest first). */
  static final int LISTED = 20;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject RunLifecycle lifecycle;

  /** What became of an old line in one re-run (null status: the re-run has not reached it). */
  public record Outcome(long runId, RunState runState, LineStatus status) {}

  /** Creates the re-run of a finished run's failures, or says (409) why it cannot be. */
  public Run create(long oldRunId, String user) {
    Run old = em.find(Run.class, oldRunId);
    if (old == null) {
      throw new NotFoundException("Run", oldRunId);
    }
    lifecycle.lockFlow(old.getFlowId());
    em.refresh(old); // read again under the lock: its state may just have changed
    List<Long> running =
        em.createQuery(
                "select r.id from Run r where r.rerunOf = :old and r.state = :state", Long.class)
            .setParameter("old", oldRunId)
            .setParameter("state", RunState.IN_PROGRESS)
            .setMaxResults(1)
            .getResultList();
    if (!running.isEmpty()) {
      throw new RunConflictException(inProgress(running.get(0), oldRunId));
    }
    requireRerunnable(old);
    lifecycle.lockFlowWithNoRunInProgress(old.getFlowId());
    Run run = new Run(old.getFlowId(), RunTrigger.MANUAL, user);
    run.setKind(false, oldRunId);
    run.fixPurpose(em.find(Flow.class, old.getFlowId())); // the flow's current settings and rules
    run.leasedHere();
    run.setSource(old.getSourceName(), old.getSourcePath());
    run.setSourceOrigin(old.getSourceOrigin());
    em.persist(run);
    return run;
  }

  static String inProgress(long rerunId, long oldRunId) {
    return "Run #" + rerunId + ", a re-run of run #" + oldRunId + ", is still in progress";
  }

  /** Null when the run's failures can be re-run, else why not (the page hides its button then). */
  public static String whyNot(Run old) {
    if (!old.getState().finished() || RunLauncher.canResume(old)) {
      return "Run #" + old.getId() + " is not finished: re-run its failures once it has ended";
    }
    if (old.isDryRun()) {
      return "Run #"
          + old.getId()
          + " is a dry run: none of its lines was imported; run the file itself instead";
    }
    if (old.getFailureCount() == 0) {
      return "Run #" + old.getId() + " has no Failure line to re-run";
    }
    if (!fileKept(old)) {
      return "The file of run #"
          + old.getId()
          + " is no longer stored (a flow's archive keeps its newest 20 files): run the file again";
    }
    return null;
  }

  private static void requireRerunnable(Run old) {
    String why = whyNot(old);
    if (why != null) {
      throw new RunConflictException(why);
    }
  }

  /**
   * The file must be where the run left it once over (the archive, or an earlier re-run's place): a
   * file still in a processing folder belongs to a run being settled, and may move any moment.
   */
  private static boolean fileKept(Run old) {
    if (old.getSourcePath() == null) {
      return false;
    }
    Path file = Path.of(old.getSourcePath());
    return Files.isRegularFile(file)
        && !file.getParent().endsWith(com.passerelle.source.DropZone.PROCESSING);
  }

  /** The re-runs of a run, newest first (indexed on run.rerun_of). */
  public List<Run> of(long runId) {
    return em.createQuery("select r from Run r where r.rerunOf = :id order by r.id desc", Run.class)
        .setParameter("id", runId)
        .setMaxResults(LISTED)
        .getResultList();
  }

  /** What each re-run of the run made of one of its lines: one primary-key read per re-run. */
  public List<Outcome> outcomes(long runId, int lineNumber) {
    List<Outcome> found = new ArrayList<>();
    for (Run rerun : of(runId)) {
      List<?> status =
          em.createNativeQuery("select status from run_line where run_id = ? and line_number = ?")
              .setParameter(1, rerun.getId())
              .setParameter(2, lineNumber)
              .getResultList();
      found.add(
          new Outcome(
              rerun.getId(),
              rerun.getState(),
              status.isEmpty() ? null : LineStatus.valueOf(String.valueOf(status.get(0)))));
    }
    return found;
  }
}
