package com.passerelle.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a metric update once the caller's transaction commits (at once without one): a chunk or a
 * run end rolled back is not counted, so /metrics agrees with the database.
 */
@ApplicationScoped
public class AfterCommit {
  @Resource TransactionSynchronizationRegistry transactions;

  public void run(Runnable update) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      update.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              update.run();
            }
          }
        });
  }
}
