package com.passerelle.failure;

import com.passerelle.catalog.IntegrationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Records failures in the caller's transaction, so a failure exists exactly when its cause does.
 */
@ApplicationScoped
public class FailureLog {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public void runFailed(IntegrationType type, String code, Long flowId, Long runId) {
    em.persist(new Failure(type, Failure.Scope.RUN, code, flowId, runId, null));
  }

  public void lineFailed(IntegrationType type, String code, Long flowId, Long runId, int line) {
    em.persist(new Failure(type, Failure.Scope.LINE, code, flowId, runId, line));
  }

  /** Counts per integration type and code: the seed of the monitoring dashboard. */
  public List<Object[]> countsByTypeAndCode() {
    return em.createQuery(
            "select f.integrationType, f.errorCode, count(f) from Failure f"
                + " group by f.integrationType, f.errorCode order by count(f) desc",
            Object[].class)
        .getResultList();
  }

  public long countForRun(Long runId) {
    return em.createQuery("select count(f) from Failure f where f.runId = :run", Long.class)
        .setParameter("run", runId)
        .getSingleResult();
  }
}
