package com.passerelle.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox poller: an EJB interval timer on every server (passerelle.webhook.poll) wakes the
 * delivery workers, so retries waiting in the cascade are sent when their time comes. The timer is
 * not persistent on purpose: what must survive a restart is in the outbox (each message's
 * next_attempt_at), and a persistent timer stayed with a killed server for the executor's missed
 * task threshold (5 minutes without any send after a kill -9). At start-up, claims this server held
 * before a crash are released and the workers start at once.
 */
@Singleton
@Startup
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  /** What the poller's timer carries: its interval, so a changed setting replaces it. */
  record PollTimer(long intervalMillis) implements Serializable {}

  @Resource TimerService timers;
  @Inject DeliveryPump pump;
  @Inject Claims claims;
  @Inject WebhookSettings settings;

  @PostConstruct
  void start() {
    try {
      int released = claims.releaseEarlierClaims();
      if (released > 0) {
        LOG.info(
            "Webhook messages this server was sending before it stopped: "
                + released
                + ", sent again");
      }
      ensureTimer(settings.pollInterval().toMillis());
      pump.kick(); // what was due while the server was down goes now, not at the first poll
    } catch (RuntimeException e) {
      // A broken database keeps the application starting (health says why); the next start retries.
      LOG.log(Level.SEVERE, "Webhook poller not started: " + e, e);
    }
  }

  /**
   * Exactly one poller timer on this server, with this interval: another interval, a duplicate, or
   * a persistent one of an earlier version is cancelled.
   */
  void ensureTimer(long intervalMillis) {
    boolean kept = false;
    for (Timer timer : List.copyOf(timers.getTimers())) {
      if (timer.getInfo() instanceof PollTimer t) {
        if (!kept && !timer.isPersistent() && t.intervalMillis() == intervalMillis) {
          kept = true;
        } else {
          timer.cancel();
        }
      }
    }
    if (!kept) {
      timers.createIntervalTimer(
          intervalMillis, intervalMillis, new TimerConfig(new PollTimer(intervalMillis), false));
    }
  }

  // No transaction: the workers open their own short ones, and sends happen outside any.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void poll(Timer timer) {
    pump.kick();
  }
}
