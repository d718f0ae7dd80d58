package com.passerelle.people;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Commons Validator's email check, with the same verdicts at a fraction of the cost for the
 * addresses an HR file is made of. An import checks every line's email, and the validator's regexes
 * and its domain check (IDN conversion, top-level domain list) were a third of the reading thread's
 * time, for a file whose addresses share a handful of domains.
 *
 * <p>Two shortcuts, both exact:
 *
 * <ul>
 *   <li>A domain's verdict is remembered: it depends on the domain alone.
 *   <li>A plain address (printable ASCII, one {@code @}, a local part of dot-separated atoms
 *       without the validator's special characters, quotes or escapes) is judged without the
 *       regexes: for such an address they reduce to "every atom non-empty". Anything else goes
 *       through the validator whole.
 * </ul>
 *
 * {@code EmailSyntaxTest} checks both paths agree on a corpus of odd addresses and random ones.
 */
final class EmailSyntax extends EmailValidator {
  private static final long serialVersionUID = 1L;

  /**
   * Distinct domains remembered; past this (a file of random domains) they are judged each time.
   */
  private static final int MAX_DOMAINS = 10_000;

  /** The validator's special characters, never in a plain local part (the dot separates atoms). */
  private static final String SPECIAL = "()<>@,;:'\\\"[]";

  private final transient Map<String, Boolean> domains = new ConcurrentHashMap<>();

  EmailSyntax() {
    super(false, false); // no local domains, no bare top-level domains: getInstance(false, false)
  }

  @Override
  public boolean isValid(String email) {
    if (email == null) {
      return false;
    }
    int at = plainAt(email);
    if (at < 0) {
      return super.isValid(email);
    }
    return !email.endsWith(".") && at <= 64 && isValidDomain(email.substring(at + 1));
  }

  @Override
  protected boolean isValidDomain(String domain) {
    Boolean known = domains.get(domain);
    if (known == null) {
      known = super.isValidDomain(domain);
      if (domains.size() < MAX_DOMAINS) {
        domains.put(domain, known);
      }
    }
    return known;
  }

  /**
   * Where the {@code @} of a plain address is (see the class comment), or -1 when the address is
   * not plain and the validator must judge it.
   */
  static int plainAt(String email) {
    int at = -1;
    boolean atomStart = true;
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return -1; // whitespace, controls, non-ASCII
      }
      if (at >= 0) {
        if (c == '@') {
          return -1; // a second @
        }
        continue; // the domain: judged by the domain check alone
      }
      if (c == '@') {
        if (atomStart) {
          return -1; // empty local part, or ending with a dot
        }
        at = i;
      } else if (c == '.') {
        if (atomStart) {
          return -1; // leading or doubled dot
        }
        atomStart = true;
      } else if (SPECIAL.indexOf(c) >= 0) {
        return -1;
      } else {
        atomStart = false;
      }
    }
    return at > 0 && at < email.length() - 1 ? at : -1;
  }
}
