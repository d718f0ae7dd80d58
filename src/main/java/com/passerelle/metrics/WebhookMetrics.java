package com.passerelle.metrics;

import com.passerelle.db.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Prometheus metrics of outbound webhooks: every attempt by outcome (delivered or failed), every
 * message's end by outcome (delivered, or failed after the whole retry cascade or for good), and
 * the retry queue's depth: messages waiting for a retry (PENDING after at least one attempt).
 */
@ApplicationScoped
public class WebhookMetrics {
  private static final Logger LOG = Logger.getLogger(WebhookMetrics.class.getName());
  static final String ATTEMPTS = "passerelle.webhook.attempts";
  static final String DELIVERIES = "passerelle.webhook.deliveries";
  static final String RETRY_QUEUE = "passerelle.webhook.retry.queue.depth";

  /** A scrape every few seconds reads the database at most once per this many milliseconds. */
  static final long CACHE_MILLIS = 5_000;

  @Inject MetricRegistry registry;

  @PersistenceContext(unitName = "passerelle")
  EntityManager em;

  @Inject WebhookMetrics self; // through the proxy, so queueDepth() gets its transaction

  private final AtomicLong cachedDepth = new AtomicLong();
  private volatile long cachedAt;

  /** Registers the gauge at start-up, so /metrics shows it before the first delivery. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // touching the bean creates it: @PostConstruct registers the gauge
  }

  @PostConstruct
  void register() {
    registry.gauge(
        Metadata.builder()
            .withName(RETRY_QUEUE)
            .withDescription("Outbound webhook messages waiting for a retry (PENDING, attempted)")
            .build(),
        this,
        WebhookMetrics::depth);
  }

  /** One attempt of one message: delivered (2xx) or failed (then retried, or failed for good). */
  public void attempt(boolean delivered) {
    registry
        .counter(
            Metadata.builder()
                .withName(ATTEMPTS)
                .withDescription("Outbound webhook calls, by outcome")
                .build(),
            new Tag("outcome", delivered ? "delivered" : "failed"))
        .inc();
  }

  /** A message's delivery ended: delivered, or failed (no retry left, or a permanent refusal). */
  public void delivery(boolean delivered) {
    registry
        .counter(
            Metadata.builder()
                .withName(DELIVERIES)
                .withDescription("Outbound webhook messages that ended, by outcome")
                .build(),
            new Tag("outcome", delivered ? "delivered" : "failed"))
        .inc();
  }

  long depth() {
    long now = System.currentTimeMillis();
    if (now - cachedAt > CACHE_MILLIS) {
      try {
        cachedDepth.set(self.queueDepth());
        cachedAt = now;
      } catch (RuntimeException e) {
        // the database is away: keep the last value; readiness reports the outage
        LOG.log(Level.FINE, "Retry queue depth not read: " + e, e);
      }
    }
    return cachedDepth.get();
  }

  /** A count over the (status, next_attempt_at) index's PENDING range: the queue, not the table. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long queueDepth() {
    return Jdbc.on(
        em,
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select count(*) from webhook_message where status = 'PENDING'"
                          + " and attempts > 0");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
