package com.passerelle.webhook;

import com.passerelle.run.ServerIdentity;
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
 * The outbox poller: one persistent EJB interval timer (passerelle.webhook.poll) wakes the delivery
 * workers, so retries waiting in the cascade are sent when their time comes, after a restart too
 * (their times are in the outbox, not in memory). With several servers, the persistent executor
 * gives each firing to one of them; every server still sends what its own absences wrote at once.
 * At start-up, claims this server held before a crash are released and sent again.
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
      int released = claims.releaseClaimsOf(ServerIdentity.ID);
      if (released > 0) {
        LOG.info(
            "Webhook messages this server was sending before it stopped: "
                + released
                + ", sent again");
      }
      ensureTimer(settings.pollInterval().toMillis());
    } catch (RuntimeException e) {
      // A broken database keeps the application starting (health says why); the next start retries.
      LOG.log(Level.SEVERE, "Webhook poller not started: " + e, e);
    }
  }

  /** Exactly one poller timer with this interval (another interval or a duplicate is cancelled). */
  void ensureTimer(long intervalMillis) {
    boolean kept = false;
    for (Timer timer : List.copyOf(timers.getTimers())) {
      if (timer.getInfo() instanceof PollTimer t) {
        if (!kept && t.intervalMillis() == intervalMillis) {
          kept = true;
        } else {
          timer.cancel();
        }
      }
    }
    if (!kept) {
      timers.createIntervalTimer(
          intervalMillis, intervalMillis, new TimerConfig(new PollTimer(intervalMillis), true));
    }
  }

  // No transaction: the workers open their own short ones, and sends happen outside any.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void poll(Timer timer) {
    pump.kick();
  }
}
