package com.passerelle.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * How outbound webhooks are sent, from server variables (server.xml jndiEntry, README's
 * configuration table): the call timeout, the retry cascade, the sending threads, how often the
 * outbox is polled, and whether private addresses may be called (demo and tests only).
 */
@ApplicationScoped
public class WebhookSettings {
  @Resource(lookup = "passerelle/webhookTimeout")
  Object timeout;

  @Resource(lookup = "passerelle/webhookRetryDelays")
  Object retryDelays;

  @Resource(lookup = "passerelle/webhookThreads")
  Object threads;

  @Resource(lookup = "passerelle/webhookPoll")
  Object poll;

  @Resource(lookup = "passerelle/webhookAllowPrivate")
  Object allowPrivate;

  /** The seeds' cascade: 5 minutes, 15 minutes, 1 hour, 24 hours. */
  public static final List<Duration> SEED_DELAYS =
      List.of(
          Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(24));

  public Duration timeout() {
    return duration(text(timeout), Duration.ofSeconds(10));
  }

  public List<Duration> retryDelays() {
    return delays(text(retryDelays));
  }

  public int threads() {
    String value = text(threads);
    int n = value.isEmpty() ? 4 : Integer.parseInt(value);
    if (n < 1 || n > 64) {
      throw new IllegalArgumentException("passerelle.webhook.threads must be 1 to 64: " + n);
    }
    return n;
  }

  public Duration pollInterval() {
    return duration(text(poll), Duration.ofSeconds(5));
  }

  public boolean allowPrivate() {
    return Boolean.parseBoolean(text(allowPrivate));
  }

  /** "PT5M,PT15M,PT1H,PT24H": each delay positive; empty gives the seeds' cascade. */
  static List<Duration> delays(String value) {
    if (value == null || value.isBlank()) {
      return SEED_DELAYS;
    }
    List<Duration> delays = new ArrayList<>();
    for (String part : value.split(",")) {
      Duration d = duration(part.trim(), null);
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(
            "passerelle.webhook.retry.delays: \"" + part.trim() + "\" is not a positive duration");
      }
      delays.add(d);
    }
    return List.copyOf(delays);
  }

  static Duration duration(String value, Duration fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Duration.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 duration (e.g. PT10S): " + value, e);
    }
  }

  /** Liberty may turn a jndiEntry into a Boolean or number; quoted values keep their quotes. */
  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value).replace("\"", "").trim();
  }
}
