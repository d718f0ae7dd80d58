package com.passerelle.hook;

import com.passerelle.catalog.IntegrationType;
import com.passerelle.db.Jdbc;
import com.passerelle.monitor.TransactionDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

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
   * An accepted event (anything but a failed sync, which the failure log counts) is added to the
   * day's successful inbound webhook transactions in the same transaction.
   */
  public void record(long flowId, HrisEvent event) {
    em.persist(new InboundEvent(flowId, event));
    em.flush();
    if (!HrisWebhooks.failedSync(event)) {
      Jdbc.on(
          em,
          c -> {
            TransactionDays.add(
                c,
                TransactionDays.slotOf(flowId),
                List.of(TransactionDays.Count.success(IntegrationType.INBOUND_WEBHOOK, flowId, 1)));
            return null;
          });
    }
  }
}
