package com.passerelle.run;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases of runs between servers sharing one database. Every 10 seconds each server renews the
 * leases of the runs its jobs are running, and takes over any run in progress whose lease ran out a
 * while ago: its server died (a live server renews long before), so the run resumes here from its
 * last committed chunk. A stalled server that comes back finds its lease gone and writes no more
 * (the chunk writer is fenced by the lease owner).
 */
@Singleton
public class RunLeases {
  private static final Logger LOG = Logger.getLogger(RunLeases.class.getName());

  /** How long a lease lasts without renewal: six missed heartbeats. */
  public static final Duration LEASE = Duration.ofSeconds(60);

  @Inject RunLeaseStore store;
  @Inject RunControl control;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void heartbeat() {
    try {
      store.renewMine();
      List<Long> expired = store.expired();
      for (long runId : expired) {
        if (store.claim(runId)) {
          LOG.warning("Run " + runId + ": its server's lease ran out; resuming it on this server");
          control.takeOver(runId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Run lease heartbeat failed; next try in 10 s", e);
    }
  }
}
