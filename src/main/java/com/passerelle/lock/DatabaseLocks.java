package com.passerelle.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Locks held in the database until the caller's transaction ends, so they hold across threads and
 * servers alike. Rows are created by migrations (V2: {@value #PEOPLE_DIRECTORY}).
 */
@ApplicationScoped
public class DatabaseLocks {
  /** Held by whoever creates people, from the "does this email exist?" check to the commit. */
  public static final String PEOPLE_DIRECTORY = "people-directory";

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  /** Blocks until the lock is free, then holds it until the current transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(String name) {
    if (em.find(NamedLock.class, name, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new IllegalStateException("No lock row named " + name + ": is the schema migrated?");
    }
  }
}
