package com.passerelle.webhook;

import com.passerelle.absence.AbsenceChanged;
import com.passerelle.catalog.ErrorCode;
import com.passerelle.metrics.WebhookMetrics;
import com.passerelle.secret.SecretUnreadableException;
import com.passerelle.secret.SecretsConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs up to passerelle.webhook.threads workers on the server's managed executor. A worker claims a
 * batch of due messages, calls them all at once outside any transaction (a hanging endpoint costs
 * the batch one timeout, not one per call), records the batch, and goes on until nothing is due.
 * Woken by the poller's timer and, right after an absence's transaction committed its messages, by
 * {@link MessagesWritten}.
 */
@ApplicationScoped
public class DeliveryPump {
  private static final Logger LOG = Logger.getLogger(DeliveryPump.class.getName());

  /** Messages per claim: a crash sends at most this many of a worker again. */
  static final int BATCH = 20;

  @Resource ManagedExecutorService executor;
  @Inject Claims claims;
  @Inject DeliveryRecords records;
  @Inject WebhookMetrics metrics;
  @Inject WebhookSettings settings;
  @Inject SecretsConfig secrets;

  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private Clock clock = Clock.systemUTC();
  private volatile Delivery delivery;
  private volatile RetryCascade cascade;
  private int threads;
  private Duration lease;

  @PostConstruct
  void init() {
    threads = settings.threads();
    cascade = new RetryCascade(settings.retryDelays());
    Duration timeout = settings.timeout();
    delivery = new Delivery(new SsrfGuard(settings.allowPrivate()), timeout, clock);
    // A batch's calls run at once: one that times out (answer, then body) ends within its lease.
    lease = timeout.multipliedBy(4L).plusSeconds(60); // room for a queue on the executor
  }

  /** After an absence's transaction committed its messages: send them now. */
  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesWritten event) {
    kick();
  }

  /** Starts workers up to the limit; a busy worker takes the wake-up on its next round. */
  public void kick() {
    wanted.set(true);
    while (true) {
      int now = running.get();
      if (now >= threads) {
        return;
      }
      if (running.compareAndSet(now, now + 1)) {
        try {
          executor.submit(this::work);
        } catch (RuntimeException e) {
          running.decrementAndGet(); // the executor is shutting down
          return;
        }
      }
    }
  }

  private void work() {
    try {
      while (true) {
        wanted.set(false);
        if (round() == 0 && !wanted.get()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // The database is away or the server stops: the poller wakes workers again later.
      LOG.log(Level.WARNING, "Webhook delivery worker stopped: " + e, e);
    } finally {
      running.decrementAndGet();
    }
  }

  /** One claim, its calls and their record; how many messages it took. */
  int round() {
    String token = Claims.token();
    Instant now = clock.instant();
    List<Claims.Claimed> batch = claims.claim(token, now, now.plus(lease), BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Long, EndpointSecrets> opened = new ConcurrentHashMap<>();
    List<Future<DeliveryRecords.Sent>> calls = new ArrayList<>(batch.size());
    for (Claims.Claimed m : batch) {
      calls.add(submitOrRun(() -> send(m, opened)));
    }
    List<DeliveryRecords.Sent> sent = new ArrayList<>(batch.size());
    for (Future<DeliveryRecords.Sent> call : calls) {
      sent.add(result(call));
    }
    Instant recorded = clock.instant();
    records.record(token, sent, cascade, recorded); // its own transaction, committed here
    count(sent, recorded);
    return batch.size();
  }

  /**
   * Attempts by outcome, and the deliveries this round ended (the cascade as record() reads it).
   */
  private void count(List<DeliveryRecords.Sent> sent, Instant at) {
    for (DeliveryRecords.Sent s : sent) {
      boolean delivered = s.outcome().delivered();
      metrics.attempt(delivered);
      if (delivered) {
        metrics.delivery(true);
      } else if (s.permanent() || cascade.next(s.message().attempts() + 1, at).isEmpty()) {
        metrics.delivery(false);
      }
    }
  }

  /** On the managed executor; in this thread when it refuses (the server stops). */
  private Future<DeliveryRecords.Sent> submitOrRun(Callable<DeliveryRecords.Sent> call) {
    try {
      return executor.submit(call);
    } catch (RuntimeException refused) {
      FutureTask<DeliveryRecords.Sent> inline = new FutureTask<>(call);
      inline.run();
      return inline;
    }
  }

  private static DeliveryRecords.Sent result(Future<DeliveryRecords.Sent> call) {
    try {
      return call.get(); // each call is bounded by the delivery timeout
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a webhook call failed unexpectedly", e.getCause());
    }
  }

  private DeliveryRecords.Sent send(Claims.Claimed m, Map<Long, EndpointSecrets> opened) {
    Instant at = clock.instant();
    if (!m.endpointActive()) {
      return refused(m, at, ErrorCode.WEBHOOK_ENDPOINT_INACTIVE, "endpoint inactive", true);
    }
    if (!PayloadCheck.hasOwnerEmail(m.payload())) {
      return refused(m, at, ErrorCode.WEBHOOK_OWNER_NO_EMAIL, "owner.email is empty", true);
    }
    EndpointSecrets keys;
    try {
      keys =
          opened.computeIfAbsent(m.endpointId(), id -> EndpointSecrets.open(secrets.box(), id, m));
    } catch (SecretUnreadableException e) {
      return refused(m, at, ErrorCode.WEBHOOK_KEY_UNREADABLE, e.getMessage(), false);
    }
    DeliveryOutcome outcome =
        delivery.send(
            new Delivery.Outgoing(
                m.url(),
                keys.authKey(),
                keys.signingSecret(),
                AbsenceChanged.Event.valueOf(m.event()).header(),
                String.valueOf(m.id()),
                m.payload()));
    return new DeliveryRecords.Sent(m, outcome, false);
  }

  private static DeliveryRecords.Sent refused(
      Claims.Claimed m, Instant at, ErrorCode code, String detail, boolean permanent) {
    return new DeliveryRecords.Sent(
        m, new DeliveryOutcome(at, 0, null, code, detail, null), permanent);
  }

  /** Workers busy now (tests, pages). */
  public int running() {
    return running.get();
  }
}
