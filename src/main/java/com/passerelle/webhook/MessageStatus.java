package com.passerelle.webhook;

/**
 * Where a message stands: waiting for its (next) attempt, delivered (2xx at receipt), failed after
 * the whole retry cascade (on the admin to-do), or marked as processed by an admin (no longer an
 * error).
 */
public enum MessageStatus {
  PENDING,
  DELIVERED,
  FAILED,
  PROCESSED;

  /** Whether a later message of the same leave may go: this one is settled. */
  public boolean settled() {
    return this == DELIVERED || this == PROCESSED;
  }
}
