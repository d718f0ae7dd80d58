package com.passerelle.webhook;

import com.passerelle.catalog.ErrorCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Makes one call of a message (seeds 001/002): POST of the leave's JSON with Authorization: Basic
 * (the key the customer gave, sent as given), X-Version, X-Resource-Type: leave, X-Event and, when
 * the endpoint has a signing secret, the Standard Webhooks headers. Redirects are not followed (a
 * failure saying so); connecting, the answer's status and its body each wait at most the timeout;
 * at most 4 KB of the body are read, then the connection is dropped, so a 50 MB body costs nothing.
 * Every way a call can fail comes back as an outcome with its code, never as an exception.
 */
public final class Delivery {
  public static final String RESOURCE_TYPE = "leave";

  /** What to send: where, with which key and secret, and the message itself. */
  public record Outgoing(
      String url,
      String authKey,
      String signingSecret,
      String event,
      String webhookId,
      String payload) {}

  private final HttpClient client;
  private final SsrfGuard guard;
  private final Duration timeout;
  private final Clock clock;

  public Delivery(SsrfGuard guard, Duration timeout, Clock clock) {
    this.guard = guard;
    this.timeout = timeout;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // a plain POST as the seeds describe: no h2c upgrade headers on http:// URLs
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .proxy(HttpClient.Builder.NO_PROXY) // we connect where the guard checked
            .build();
  }

  public DeliveryOutcome send(Outgoing out) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    try {
      URI uri = target(out.url());
      guard.check(uri.getHost());
      HttpRequest request = request(uri, out, started);
      HttpResponse<CappedBody.Read> response = client.send(request, CappedBody.handler(timeout));
      int status = response.statusCode();
      CappedBody.Read body = response.body();
      long ms = millisSince(t0);
      if (status >= 300 && status < 400) {
        String location = response.headers().firstValue("Location").orElse("no Location");
        return new DeliveryOutcome(
            started,
            ms,
            status,
            ErrorCode.WEBHOOK_REDIRECT,
            "HTTP " + status + " to " + cut(location, 500) + " (redirects are not followed)",
            body.text());
      }
      String detail = "HTTP " + status + (body.truncated() ? " (answer cut at 4 KB)" : "");
      return new DeliveryOutcome(started, ms, status, null, detail, body.text());
    } catch (DeliveryException e) {
      return DeliveryOutcome.failed(started, millisSince(t0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.failed(
          started,
          millisSince(t0),
          new DeliveryException(ErrorCode.WEBHOOK_CONNECTION_FAILED, "interrupted (server stop)"));
    } catch (IOException | RuntimeException e) {
      return DeliveryOutcome.failed(started, millisSince(t0), classify(e));
    }
  }

  private HttpRequest request(URI uri, Outgoing out, Instant now) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("X-Version", LeavePayload.VERSION)
            .header("X-Resource-Type", RESOURCE_TYPE)
            .header("X-Event", out.event())
            .header("User-Agent", "Passerelle-Webhooks/1")
            .POST(HttpRequest.BodyPublishers.ofString(out.payload()));
    if (out.authKey() != null) {
      b.header("Authorization", "Basic " + out.authKey());
    }
    if (out.signingSecret() != null) {
      long seconds = now.getEpochSecond();
      b.header("webhook-id", out.webhookId())
          .header("webhook-timestamp", Long.toString(seconds))
          .header(
              "webhook-signature",
              Signature.of(out.signingSecret()).sign(out.webhookId(), seconds, out.payload()));
    }
    return b.build();
  }

  /** The stored URL as the call's target: http(s) with a host, or WEBHOOK_INVALID_URL. */
  static URI target(String url) {
    String why = WebhookUrls.problem(url);
    if (why != null) {
      throw new DeliveryException(ErrorCode.WEBHOOK_INVALID_URL, why);
    }
    return URI.create(url);
  }

  /** The error code of an exception the HTTP client threw. */
  static DeliveryException classify(Throwable e) {
    String detail = describe(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return new DeliveryException(ErrorCode.WEBHOOK_TIMEOUT, "no connection within the timeout");
      }
      if (t instanceof HttpTimeoutException) {
        return new DeliveryException(ErrorCode.WEBHOOK_TIMEOUT, "no answer within the timeout");
      }
      if (t instanceof SSLException) {
        return new DeliveryException(ErrorCode.WEBHOOK_TLS, detail);
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new DeliveryException(ErrorCode.WEBHOOK_UNKNOWN_HOST, detail);
      }
      if (t instanceof ConnectException) {
        return new DeliveryException(ErrorCode.WEBHOOK_CONNECTION_REFUSED, detail);
      }
    }
    String text = detail.toLowerCase(Locale.ROOT);
    if (text.contains("closed")
        || text.contains("reset")
        || text.contains("eof")
        || text.contains("received no bytes")) {
      return new DeliveryException(ErrorCode.WEBHOOK_CONNECTION_CLOSED, detail);
    }
    if (e instanceof IllegalArgumentException) {
      return new DeliveryException(ErrorCode.WEBHOOK_INVALID_URL, detail);
    }
    return new DeliveryException(ErrorCode.WEBHOOK_CONNECTION_FAILED, detail);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null && e.getCause() != null) {
      message = e.getCause().getMessage();
    }
    return cut(e.getClass().getSimpleName() + (message == null ? "" : ": " + message), 900);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
