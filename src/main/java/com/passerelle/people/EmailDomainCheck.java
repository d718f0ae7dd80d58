package com.passerelle.people;

import java.net.IDN;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.InitialDirContext;

/**
 * Whether an email's domain can receive mail (seed 000: "Domain name is not valid"): it has an MX
 * record, or at least an address. Asked once per domain and run (the cache lives as long as the
 * run's reader), through the JDK's DNS provider with a timeout, so a DNS server that never answers
 * costs a few seconds (after three domains without an answer, the rest of the run is not checked)
 * and the lines say "could not be checked", never a hung run.
 */
public final class EmailDomainCheck {
  /** What the DNS said of a domain. */
  public enum Verdict {
    VALID,
    INVALID,
    /** No answer in time: the line is imported and says the domain was not checked. */
    UNKNOWN
  }

  /** Asked one type at a time: resolvers may answer ANY with a token record only (RFC 8482). */
  private static final String[] RECORDS = {"MX", "A", "AAAA"};

  private final Hashtable<String, String> environment = new Hashtable<>();
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  /**
   * @param dnsUrl "dns:" for the system's resolvers, or "dns://host:port" for a given server
   */
  public EmailDomainCheck(String dnsUrl, Duration timeout) {
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    environment.put(Context.PROVIDER_URL, dnsUrl);
    environment.put("com.sun.jndi.dns.timeout.initial", String.valueOf(timeout.toMillis()));
    environment.put("com.sun.jndi.dns.timeout.retries", "1");
  }

  /** After this many domains in a row without an answer, DNS is taken as down for the run. */
  private static final int GIVE_UP_AFTER = 3;

  private final java.util.concurrent.atomic.AtomicInteger unanswered =
      new java.util.concurrent.atomic.AtomicInteger();

  public Verdict check(String domain) {
    Verdict known = verdicts.get(domain);
    if (known != null) {
      return known;
    }
    if (unanswered.get() >= GIVE_UP_AFTER) {
      return Verdict.UNKNOWN; // a DNS that does not answer costs a run seconds, not minutes
    }
    Verdict verdict = lookup(domain);
    if (verdict == Verdict.UNKNOWN) {
      unanswered.incrementAndGet();
    } else {
      unanswered.set(0);
    }
    verdicts.put(domain, verdict);
    return verdict;
  }

  private Verdict lookup(String domain) {
    try {
      InitialDirContext dns = new InitialDirContext(environment);
      try {
        String ascii = IDN.toASCII(domain);
        for (String type : RECORDS) {
          Attributes records = dns.getAttributes(ascii, new String[] {type});
          if (records.size() > 0) {
            return Verdict.VALID;
          }
        }
        return Verdict.INVALID;
      } finally {
        dns.close();
      }
    } catch (NameNotFoundException e) {
      return Verdict.INVALID; // the domain does not exist
    } catch (NamingException | IllegalArgumentException e) {
      return Verdict.UNKNOWN; // no answer in time, or no DNS server reachable
    }
  }
}
