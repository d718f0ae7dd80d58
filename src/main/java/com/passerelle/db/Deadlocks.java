package com.passerelle.db;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * InnoDB may pick a short transaction as a deadlock victim (e.g. a stop updating its run while the
 * run's chunk writer holds that row and waits on a parent row through a foreign key). The victim is
 * rolled back whole, so running it again is safe: done a few times before giving up.
 */
public final class Deadlocks {
  private static final int ATTEMPTS = 3;

  private Deadlocks() {}

  /** Runs a transaction (one call = one transaction), again when it was a deadlock victim. */
  public static <T> T retrying(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isDeadlock(e)) {
          throw e;
        }
        try {
          Thread.sleep(50L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Whether the cause chain holds a deadlock (SQL state 40001), or a commit the transaction manager
   * rolled back (the deadlock then surfaced in a synchronization and is only logged).
   */
  static boolean isDeadlock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.transaction.RollbackException) {
        return true;
      }
      if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains("Deadlock found when trying to get lock")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
