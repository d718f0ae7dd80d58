package com.passerelle.common;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected error: logged in full with a short id, while users see only the id. Details of a
 * failure (paths, hosts, driver messages) belong in the log, not on a page.
 */
public final class Incident {
  private Incident() {}

  /** Logs the error with a new incident id and returns the id. */
  public static String log(Logger log, String what, Throwable error) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    log.log(Level.SEVERE, what + " (incident " + id + ")", error);
    return id;
  }
}
