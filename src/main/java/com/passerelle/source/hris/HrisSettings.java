package com.passerelle.source.hris;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how to read the employees of one HRIS integration: kept apart from the client so a
 * flow's stored settings, the demo and the tests build the same thing, and so that printing them
 * (logs, exceptions) never shows the API key.
 *
 * @param baseUrl e.g. {@code https://api.kombo.dev}: the client reads {@code
 *     {baseUrl}/v1/hris/employees}
 * @param pageSize employees asked per page, 1 to 250 (the contract's maximum)
 * @param requestTimeout how long to wait for an answer to start, and then for each next part of it
 * @param maxResponseBytes the largest answer read for one page
 * @param retries how often a page is asked again after a 5xx, a timeout or a 429
 * @param backoffBase the first wait before a retry; it doubles on each next one (1 s, 2 s, 4 s)
 * @param maxRetryAfter the longest {@code Retry-After} honoured after a 429
 */
public record HrisSettings(
    String baseUrl,
    String apiKey,
    String integrationId,
    int pageSize,
    Duration requestTimeout,
    long maxResponseBytes,
    int retries,
    Duration backoffBase,
    Duration maxRetryAfter) {

  public static final int MAX_PAGE_SIZE = 250;
  public static final String EMPLOYEES_PATH = "/v1/hris/employees";

  public HrisSettings {
    baseUrl = checkBaseUrl(baseUrl);
    requireHeaderValue(apiKey, "apiKey");
    requireHeaderValue(integrationId, "integrationId");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
    }
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(backoffBase, "backoffBase");
    requirePositive(maxRetryAfter, "maxRetryAfter");
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be >= 1024: " + maxResponseBytes);
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be 0 to 10: " + retries);
    }
  }

  /** The defaults: pages of 250, 30 s timeout, 16 MB answers, 3 retries after 1 s, 2 s, 4 s. */
  public static HrisSettings of(String baseUrl, String apiKey, String integrationId) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        MAX_PAGE_SIZE,
        Duration.ofSeconds(30),
        16L << 20,
        3,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60));
  }

  public HrisSettings withPageSize(int size) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        size,
        requestTimeout,
        maxResponseBytes,
        retries,
        backoffBase,
        maxRetryAfter);
  }

  public HrisSettings withRequestTimeout(Duration timeout) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        pageSize,
        timeout,
        maxResponseBytes,
        retries,
        backoffBase,
        maxRetryAfter);
  }

  public HrisSettings withMaxResponseBytes(long bytes) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        pageSize,
        requestTimeout,
        bytes,
        retries,
        backoffBase,
        maxRetryAfter);
  }

  public HrisSettings withRetries(int count, Duration firstBackoff) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        pageSize,
        requestTimeout,
        maxResponseBytes,
        count,
        firstBackoff,
        maxRetryAfter);
  }

  public HrisSettings withMaxRetryAfter(Duration max) {
    return new HrisSettings(
        baseUrl,
        apiKey,
        integrationId,
        pageSize,
        requestTimeout,
        maxResponseBytes,
        retries,
        backoffBase,
        max);
  }

  /** The employees endpoint, without query. */
  public URI employeesUri() {
    return URI.create(baseUrl + EMPLOYEES_PATH);
  }

  /** Host and port only, for messages: a base URL may carry user info, never printed. */
  public String host() {
    URI uri = URI.create(baseUrl);
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  @Override
  public String toString() {
    URI uri = URI.create(baseUrl);
    return "HrisSettings[baseUrl="
        + uri.getScheme()
        + "://"
        + host()
        + uri.getRawPath()
        + ", apiKey=(hidden), integrationId="
        + integrationId
        + ", pageSize="
        + pageSize
        + ", requestTimeout="
        + requestTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", retries="
        + retries
        + ", backoffBase="
        + backoffBase
        + ", maxRetryAfter="
        + maxRetryAfter
        + "]";
  }

  private static String checkBaseUrl(String url) {
    Objects.requireNonNull(url, "baseUrl");
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or a fragment");
    }
    return trimmed;
  }

  /** Non-blank, and no control characters: the value goes into a request header. */
  private static void requireHeaderValue(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(name + " must not contain control characters");
      }
    }
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
