package com.passerelle.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Hashtable;
import java.util.logging.Logger;
import javax.security.auth.Subject;

/**
 * A browser's log-in lives in its HTTP session and nowhere else: no single sign-on cookie exists
 * that could outlive the session or a log-out. At log-in a new session (no fixation) keeps the
 * identity the container built from the user registry when it checked the password (Liberty's
 * hashtable login data: user, realm, groups); each request of the session hands that identity back
 * to the container. Invalidating the session (log-out, 30 idle minutes) ends it. Each log-in starts
 * a new session, whatever the browser had before.
 */
final class SessionLogin {
  private static final Logger LOG = Logger.getLogger(SessionLogin.class.getName());
  private static final String KEY = "passerelle.login";

  private SessionLogin() {}

  /**
   * Starts the session's log-in after a successful password check filled {@code validated}; false
   * when the container left no identity data to keep (then nobody is logged in).
   */
  static boolean start(HttpServletRequest request, Subject validated) {
    Hashtable<?, ?> identity = identityOf(validated);
    if (identity == null) {
      LOG.severe("The container left no identity to keep in the session: log-in refused");
      return false;
    }
    HttpSession earlier = request.getSession(false);
    if (earlier != null) {
      earlier.invalidate(); // a new session for a new log-in: no fixation, no other user's data
    }
    request.getSession(true).setAttribute(KEY, new Hashtable<>(identity));
    return true;
  }

  /** Hands the session's identity to the container for this request; false when there is none. */
  static boolean restore(HttpServletRequest request, Subject subject) {
    HttpSession session;
    try {
      session = request.getSession(false);
    } catch (RuntimeException notThisCallersSession) {
      return false; // Liberty refuses a session owned by another identity
    }
    Object identity = session == null ? null : session.getAttribute(KEY);
    if (!(identity instanceof Hashtable<?, ?> saved)) {
      return false;
    }
    subject.getPrivateCredentials().add(new Hashtable<>(saved));
    return true;
  }

  /** Ends the log-in: the request's identity and the session with everything in it. */
  static void end(HttpServletRequest request) throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static Hashtable<?, ?> identityOf(Subject subject) {
    for (Object credential : subject.getPrivateCredentials()) {
      if (credential instanceof Hashtable<?, ?> identity) {
        return identity;
      }
    }
    return null;
  }
}
