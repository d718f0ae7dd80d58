package com.passerelle.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row that exists to be locked: whoever holds it FOR UPDATE holds the lock (DatabaseLocks). */
@Entity
@Table(name = "named_lock")
public class NamedLock {
  @Id
  @Column(length = 60)
  private String name;

  protected NamedLock() {}

  public String getName() {
    return name;
  }
}
