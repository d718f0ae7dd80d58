package com.passerelle.run;

import com.passerelle.flow.RunsInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The run in progress of a flow (index on run state: few runs are ever in progress). */
@ApplicationScoped
public class FlowRunsInProgress implements RunsInProgress {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Override
  public Optional<Long> of(long flowId) {
    return em.createQuery(
            "select r.id from Run r where r.flowId = :flow and r.state = :state", Long.class)
        .setParameter("flow", flowId)
        .setParameter("state", RunState.IN_PROGRESS)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
