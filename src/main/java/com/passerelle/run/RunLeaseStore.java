package com.passerelle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The lease columns of runs, each change one short statement (compare-and-set for claims). */
@ApplicationScoped
@Transactional
public class RunLeaseStore {
  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  public int renewMine() {
    return em.createQuery(
            "update Run r set r.leaseUntil = :until where r.leaseOwner = :me and r.state = :running")
        .setParameter("until", Instant.now().plus(RunLeases.LEASE))
        .setParameter("me", ServerIdentity.ID)
        .setParameter("running", RunState.IN_PROGRESS)
        .executeUpdate();
  }

  /** Runs in progress whose lease ran out (never those without one: start-up recovery's). */
  public List<Long> expired() {
    return em.createQuery(
            "select r.id from Run r where r.state = :running and r.leaseUntil < :now", Long.class)
        .setParameter("running", RunState.IN_PROGRESS)
        .setParameter("now", Instant.now())
        .setMaxResults(20)
        .getResultList();
  }

  /**
   * Takes the lease of a run this server's start-up recovery resumes, unless another server took it
   * over in the meantime (its owner changed).
   */
  public boolean claimFrom(long runId, String previousOwner) {
    return em.createQuery(
                "update Run r set r.leaseOwner = :me, r.leaseUntil = :until where r.id = :id"
                    + " and (r.leaseOwner is null or r.leaseOwner = :previous)")
            .setParameter("me", ServerIdentity.ID)
            .setParameter("until", Instant.now().plus(RunLeases.LEASE))
            .setParameter("id", runId)
            .setParameter("previous", previousOwner == null ? "" : previousOwner)
            .executeUpdate()
        == 1;
  }

  /** Takes the run's lease if it is still expired: of two servers trying, one wins. */
  public boolean claim(long runId) {
    Instant now = Instant.now();
    return em.createQuery(
                "update Run r set r.leaseOwner = :me, r.leaseUntil = :until"
                    + " where r.id = :id and r.state = :running and r.leaseUntil < :now")
            .setParameter("me", ServerIdentity.ID)
            .setParameter("until", now.plus(RunLeases.LEASE))
            .setParameter("id", runId)
            .setParameter("running", RunState.IN_PROGRESS)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
