package com.passerelle.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A webhook that arrived while its flow was running asked for data the running read may not have
 * seen: the flow is marked, and when the run ends one follow-up run reads it (one, however many
 * webhooks came meanwhile; never a queue).
 */
@ApplicationScoped
public class FollowUps {
  @Inject FlowTriggers triggers;
  @Inject Marks marks;

  /** Marks the flow for a read after its current run (a bulk update: its version stays). */
  public void readAfterCurrentRun(long flowId) {
    marks.set(flowId, true);
  }

  /** After a run of the flow ended: starts the follow-up read it was marked for, if any. */
  public void afterRun(long runId) {
    Long flowId = marks.flowOf(runId);
    if (flowId != null && marks.take(flowId)) {
      triggers.start(flowId, FlowTrigger.Source.WEBHOOK);
    }
  }

  /** The marks, each change its own short transaction. */
  @ApplicationScoped
  @Transactional
  public static class Marks {
    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    void set(long flowId, boolean pending) {
      em.createQuery("update Flow f set f.readPending = :p where f.id = :id")
          .setParameter("p", pending)
          .setParameter("id", flowId)
          .executeUpdate();
    }

    /** Clears the mark; true for the one caller that found it set. */
    boolean take(long flowId) {
      return em.createQuery(
                  "update Flow f set f.readPending = false where f.id = :id and f.readPending = true")
              .setParameter("id", flowId)
              .executeUpdate()
          == 1;
    }

    Long flowOf(long runId) {
      return em.createQuery("select r.flowId from Run r where r.id = :id", Long.class)
          .setParameter("id", runId)
          .getResultStream()
          .findFirst()
          .orElse(null);
    }
  }
}
