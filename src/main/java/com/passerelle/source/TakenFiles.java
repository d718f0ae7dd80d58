package com.passerelle.source;

import com.passerelle.run.Run;
import com.passerelle.run.RunState;
import com.passerelle.run.SourceOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The remote files flows took. Taking a file and giving it to its run commit together, so a crash
 * leaves either nothing (the file is taken again) or a run that owns it (it is never taken again).
 */
@ApplicationScoped
@Transactional
public class TakenFiles {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** A remote file and the state of the run that took it (null for a duplicate). */
  public record Unsettled(TakenFile file, RunState runState, boolean resumable) {}

  public boolean seen(long flowId, String name, long size, Instant modifiedAt) {
    return !em.createQuery(
            "select t.id from TakenFile t where t.flowId = :flow and t.name = :name"
                + " and t.size = :size and t.modifiedAt = :modified",
            Long.class)
        .setParameter("flow", flowId)
        .setParameter("name", name)
        .setParameter("size", size)
        .setParameter("modified", modifiedAt)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Whether the same bytes were imported before: by a run that did not fail. A corrected flow must
   * be able to import a file re-sent after its first run failed.
   */
  public boolean contentSeen(long flowId, String sha256) {
    return !em.createQuery(
            "select t.id from TakenFile t, Run r where t.runId = r.id and t.flowId = :flow"
                + " and t.sha256 = :sha and r.state <> :failed",
            Long.class)
        .setParameter("flow", flowId)
        .setParameter("sha", sha256)
        .setParameter("failed", RunState.FAILED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The run reads this file from now on: both facts commit at once. */
  public void take(long runId, String name, long size, Instant modified, String sha, Path local) {
    Run run = em.find(Run.class, runId);
    em.persist(new TakenFile(run.getFlowId(), name, size, modified, sha, runId));
    run.setSource(name, local.toAbsolutePath().toString());
    run.setSourceOrigin(SourceOrigin.SFTP);
  }

  /** A dry run reads a copy of the file: its run knows it, but the file is not taken. */
  public void lend(long runId, String name, Path local) {
    Run run = em.find(Run.class, runId);
    run.setSource(name, local.toAbsolutePath().toString());
    run.setSourceOrigin(SourceOrigin.SFTP);
  }

  public void duplicate(long flowId, String name, long size, Instant modified, String sha) {
    em.persist(new TakenFile(flowId, name, size, modified, sha, null));
  }

  /** Files still in the remote folder, with what their runs became: they move once runs end. */
  public List<Unsettled> unsettled(long flowId) {
    // One query with the runs (not a find per file): newest first, so files stuck on the server
    // never hide new ones.
    return em
        .createQuery(
            "select t, r from TakenFile t left join Run r on r.id = t.runId"
                + " where t.flowId = :flow and t.movedTo is null order by t.id desc",
            Object[].class)
        .setParameter("flow", flowId)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(row -> unsettled((TakenFile) row[0], (Run) row[1]))
        .toList();
  }

  private static Unsettled unsettled(TakenFile file, Run run) {
    return new Unsettled(
        file,
        run == null ? null : run.getState(),
        run != null && com.passerelle.run.RunLauncher.canResume(run));
  }

  public void moved(long takenFileId, String path) {
    em.find(TakenFile.class, takenFileId).movedTo(path);
  }

  public Optional<TakenFile> ofRun(long runId) {
    return em.createQuery("select t from TakenFile t where t.runId = :run", TakenFile.class)
        .setParameter("run", runId)
        .getResultStream()
        .findFirst();
  }
}
