package com.passerelle.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The firings of flows' schedules and webhooks, newest first. */
@ApplicationScoped
@Transactional
public class TriggerLog {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public FlowTrigger record(FlowTrigger trigger) {
    em.persist(trigger);
    return trigger;
  }

  public List<FlowTrigger> recent(long flowId, int max) {
    return em.createQuery(
            "select t from FlowTrigger t where t.flowId = :flow order by t.id desc",
            FlowTrigger.class)
        .setParameter("flow", flowId)
        .setMaxResults(max)
        .getResultList();
  }
}
