package com.passerelle.source.hris;

import com.passerelle.source.hris.HrisException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * Gets one page: the request with its headers, the answer's status turned into an outcome, the body
 * parsed under the size cap and the idle timeout; 5xx, timeouts, broken connections and 429 are
 * tried again (the same page) after a wait, everything else ends the read at once.
 */
final class PageFetcher {
  /** An error answer is read up to this much, for its {@code error.message}. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final HttpClient http;
  private final HrisPageParser parser;

  PageFetcher(HttpClient http, HrisPageParser parser) {
    this.http = http;
    this.parser = parser;
  }

  HrisPage fetch(HrisSettings s, URI uri, int page) throws HrisException, IOException {
    int failures = 0;
    int rateLimits = 0;
    while (true) {
      try {
        return fetchOnce(s, uri, page);
      } catch (Retryable r) {
        Duration wait;
        if (r.rateLimited()) {
          if (++rateLimits > s.retries()) {
            throw r.exhausted(s, page, rateLimits);
          }
          wait =
              r.retryAfter() == null
                  ? backoff(s, rateLimits)
                  : min(r.retryAfter(), s.maxRetryAfter());
        } else {
          if (++failures > s.retries()) {
            throw r.exhausted(s, page, failures);
          }
          wait = backoff(s, failures);
        }
        sleep(wait);
      }
    }
  }

  private HrisPage fetchOnce(HrisSettings s, URI uri, int page)
      throws HrisException, Retryable, IOException {
    HttpResponse<InputStream> response = send(s, uri);
    int status = response.statusCode();
    try (InputStream raw = response.body()) {
      if (status >= 200 && status < 300) {
        return readPage(s, response, page);
      }
      if (status >= 300 && status < 400) {
        throw redirected(status, response.headers().firstValue("Location").orElse(null));
      }
      String message = errorMessage(s, raw);
      if (status == 401 || status == 403) {
        throw new HrisException(
            Kind.CREDENTIALS,
            status,
            "The HRIS refused the API key or the integration id (HTTP "
                + status
                + "): they are wrong or lack the scope to read employees. The customer must renew"
                + " the API key or the integration.");
      }
      if (status == 503 || status == 409) {
        throw new HrisException(
            Kind.FIRST_SYNC_PENDING,
            status,
            "The HRIS has not finished the first sync of this integration yet: the run waits and"
                + " reads again later."
                + (message == null ? "" : " The HRIS said: \"" + message + "\""));
      }
      if (status == 429) {
        throw Retryable.rateLimited(
            RetryAfter.parse(
                response.headers().firstValue("Retry-After").orElse(null), Instant.now()));
      }
      if (status >= 500) {
        throw Retryable.serverError(status);
      }
      throw new HrisException(
          status >= 400 && status < 500 ? Kind.BAD_REQUEST : Kind.SERVER_ERROR,
          status,
          "The HRIS refused the request for page "
              + page
              + " (HTTP "
              + status
              + ")"
              + (message == null ? "." : ": \"" + message + "\""));
    }
  }

  private HttpResponse<InputStream> send(HrisSettings s, URI uri)
      throws HrisException, Retryable, IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(s.requestTimeout())
            .header("Authorization", "Bearer " + s.apiKey())
            .header("X-Integration-Id", s.integrationId())
            .header("Accept", "application/json")
            .header("User-Agent", "Passerelle")
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw Retryable.timeout();
    } catch (ConnectException e) {
      throw new HrisException(
          Kind.UNREACHABLE,
          0,
          "The HRIS at "
              + s.host()
              + " could not be reached (connection refused or unknown host): check the base URL.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the HRIS");
    } catch (IOException e) {
      throw Retryable.broken();
    }
  }

  private HrisPage readPage(HrisSettings s, HttpResponse<InputStream> response, int page)
      throws HrisException, Retryable {
    int status = response.statusCode();
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1L);
    if (declared > s.maxResponseBytes()) {
      throw tooLarge(s, page, status);
    }
    try (ResponseBody body =
        ResponseBody.watch(response.body(), s.maxResponseBytes(), s.requestTimeout())) {
      return parser.parse(body, new HrisPageParser.Page(page, s.pageSize(), status));
    } catch (ResponseBody.TooLargeException e) {
      throw tooLarge(s, page, status);
    } catch (HttpTimeoutException e) {
      throw Retryable.timeout();
    } catch (IOException e) {
      throw Retryable.broken();
    }
  }

  /** The error answer's {@code error.message}, or null (none, unreadable, or not in time). */
  private String errorMessage(HrisSettings s, InputStream raw) {
    try (ResponseBody body = ResponseBody.watch(raw, MAX_ERROR_BODY, s.requestTimeout())) {
      return parser.errorMessage(body.readNBytes(MAX_ERROR_BODY));
    } catch (IOException e) {
      return null;
    }
  }

  private static HrisException tooLarge(HrisSettings s, int page, int status) {
    return new HrisException(
        Kind.RESPONSE_TOO_LARGE,
        status,
        "The HRIS answer for page "
            + page
            + " is larger than "
            + HrisText.size(s.maxResponseBytes())
            + ", the most Passerelle reads in one answer.");
  }

  private static HrisException redirected(int status, String location) {
    String to = "";
    if (location != null) {
      int cut = location.indexOf('?');
      to = " to " + HrisText.clip(cut < 0 ? location : location.substring(0, cut), 200);
    }
    return new HrisException(
        Kind.REDIRECTED,
        status,
        "The HRIS answered with a redirect (HTTP "
            + status
            + ")"
            + to
            + ". Passerelle does not follow redirects, which could send the API key elsewhere:"
            + " correct the base URL.");
  }

  private static Duration backoff(HrisSettings s, int retry) {
    return s.backoffBase().multipliedBy(1L << Math.min(retry - 1, 20));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration wait) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry the HRIS");
    }
  }
}
