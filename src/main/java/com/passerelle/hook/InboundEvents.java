package com.passerelle.hook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The webhook events received, by flow and event id. */
@ApplicationScoped
@Transactional
public class InboundEvents {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public boolean seen(long flowId, String eventId) {
    return !em.createQuery(
            "select e.id from InboundEvent e where e.flowId = :flow and e.eventId = :event",
            Long.class)
        .setParameter("flow", flowId)
        .setParameter("event", eventId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Records the event; a delivery racing this one breaks the unique key (the caller's duplicate).
   */
  public void record(long flowId, HrisEvent event) {
    em.persist(new InboundEvent(flowId, event));
    em.flush();
  }
}
