package com.passerelle.failure;

import com.passerelle.catalog.IntegrationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Records failures in the caller's transaction, so a failure exists exactly when its cause does.
 */
@ApplicationScoped
@Transactional
public class FailureLog {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public void runFailed(IntegrationType type, String code, Long flowId, Long runId) {
    em.persist(new Failure(type, Failure.Scope.RUN, code, flowId, runId, null));
  }

  public void lineFailed(IntegrationType type, String code, Long flowId, Long runId, int line) {
    em.persist(new Failure(type, Failure.Scope.LINE, code, flowId, runId, line));
  }

  /** Counts per integration type and code since a day: the seed of the monitoring dashboard. */
  public List<FailureCount> countsSince(LocalDate firstDay) {
    return em.createQuery(
            "select new com.passerelle.failure.FailureCount(f.integrationType, f.errorCode,"
                + " count(f)) from Failure f where f.occurredDay >= :day"
                + " group by f.integrationType, f.errorCode order by count(f) desc, f.errorCode",
            FailureCount.class)
        .setParameter("day", firstDay)
        .getResultList();
  }

  public List<Failure> ofRun(long runId, int limit) {
    return em.createQuery(
            "select f from Failure f where f.runId = :run order by f.id", Failure.class)
        .setParameter("run", runId)
        .setMaxResults(limit)
        .getResultList();
  }
}
