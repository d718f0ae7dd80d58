package com.passerelle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The demo's webhook receiver state: the last {@value #CAPACITY} calls it got (a ring: the oldest
 * goes when a new one comes, so memory stays bounded) and the switch that makes it answer 500, to
 * watch the retry cascade. In memory on purpose: a demo on one server; nothing another server
 * needs.
 */
@ApplicationScoped
public class DemoInbox {
  public static final int CAPACITY = 500;

  /**
   * The demo endpoint's key, sent as given after "Basic ": a real Basic token (base64 of
   * demo:demo), as seed 001's example is. It must be one: Liberty parses every Basic header before
   * any code of ours runs and answers 500 to one that is not base64 of "user:password" (an NPE in
   * its WebProviderAuthenticatorProxy), so a key like "demo:demo" would never reach the inbox.
   */
  public static final String KEY = "ZGVtbzpkZW1v";

  public static final String EXPECTED_AUTHORIZATION = "Basic " + KEY;

  /** One call as received: headers with the authorization masked, the body, our answer. */
  public record Call(
      long number,
      Instant at,
      String event,
      Map<String, String> headers,
      String body,
      int answered,
      boolean bodyCut) {}

  private final Deque<Call> calls = new ArrayDeque<>();
  private long received;
  private volatile boolean failing;

  /** Records a call and returns its number. */
  public synchronized long record(
      Instant at,
      String event,
      Map<String, String> headers,
      String body,
      int answered,
      boolean cut) {
    received++;
    calls.addFirst(
        new Call(
            received,
            at,
            event,
            java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers)),
            body,
            answered,
            cut));
    while (calls.size() > CAPACITY) {
      calls.removeLast();
    }
    return received;
  }

  /** The calls kept, newest first. */
  public synchronized List<Call> calls() {
    return new ArrayList<>(calls);
  }

  /**
   * How many calls came since the server started (more than are kept, after {@value #CAPACITY}).
   */
  public synchronized long received() {
    return received;
  }

  public boolean failing() {
    return failing;
  }

  public void setFailing(boolean failing) {
    this.failing = failing;
  }
}
