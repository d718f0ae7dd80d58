package com.passerelle.common;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Incident ids: what a caller is shown instead of an exception's message, so the details stay in
 * the server log and an administrator can still find them by that id.
 */
public final class Incidents {
  private Incidents() {}

  public static String newId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Logs the exception under a new incident id and returns the id to show. */
  public static String report(Logger log, Level level, String what, Throwable e) {
    String id = newId();
    log.log(level, what + ", incident " + id, e);
    return id;
  }
}
